namespace CommandCenter.Web.Wall;

/// <summary>Names of the messages the wall hub sends to clients (docs/HUB-PROTOCOL.md).</summary>
public static class WallMessages
{
    public const string Snapshot = "Snapshot";
    public const string Changes = "Changes";
    public const string Heartbeat = "Heartbeat";
    public const string Reload = "Reload";
    public const string ReportsChanged = "ReportsChanged";
    public const string Revoked = "Revoked";
    /// <summary>The connection came without a display token or an account, and walls are not public.</summary>
    public const string TokenRequired = "TokenRequired";
    public const string CaseChanged = "CaseChanged";
    public const string Standings = "Standings";
}
