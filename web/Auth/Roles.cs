namespace CommandCenter.Web.Auth;

/// <summary>The roles of CommandCenter's users.</summary>
public static class Roles
{
    /// <summary>The campaign office: sets up campaigns and may change everything.</summary>
    public const string Administrator = "Administrator";

    public static readonly IReadOnlyList<string> All = [Administrator];
}
