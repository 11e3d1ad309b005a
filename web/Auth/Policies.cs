namespace CommandCenter.Web.Auth;

/// <summary>Authorization policies of the API.</summary>
public static class Policies
{
    /// <summary>Any signed-in account may record progress (per-unit rules come with unit heads).</summary>
    public const string Writer = "writer";
}
