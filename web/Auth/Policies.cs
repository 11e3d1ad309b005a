namespace CommandCenter.Web.Auth;

/// <summary>Authorization policies of the API. Both accept only accounts' bearer tokens, never display tokens.</summary>
public static class Policies
{
    /// <summary>Any signed-in account may record progress (per-unit rules come with unit heads).</summary>
    public const string Writer = "writer";

    /// <summary>The campaign office.</summary>
    public const string Office = "office";
}
