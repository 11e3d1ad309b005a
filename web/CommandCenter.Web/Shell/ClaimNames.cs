namespace CommandCenter.Web.Shell;

/// <summary>CommandCenter's own claims on an account.</summary>
public static class ClaimNames
{
    /// <summary>The unit a unit head answers for, e.g. 城防办.</summary>
    public const string Unit = "cc:unit";

    /// <summary>A grid a grid head answers for, e.g. JA-001 (one claim per grid).</summary>
    public const string Grid = "cc:grid";
}
