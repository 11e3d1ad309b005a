namespace CommandCenter.Web.Shell;

/// <summary>The roles of CommandCenter's users.</summary>
public static class Roles
{
    /// <summary>The campaign office: sets up campaigns and may change everything.</summary>
    public const string Administrator = "Administrator";

    /// <summary>The head of a unit (局属单位/处室): updates the tasks their unit owns.</summary>
    public const string UnitHead = "UnitHead";

    /// <summary>A grid head (网格长): works the cases of their grids.</summary>
    public const string GridHead = "GridHead";

    /// <summary>Reads everything, changes nothing.</summary>
    public const string Viewer = "Viewer";

    public static readonly IReadOnlyList<string> All = [Administrator, UnitHead, GridHead, Viewer];
}
