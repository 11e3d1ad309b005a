namespace CommandCenter.Web.Wall;

/// <summary>Names of the messages the wall hub sends to clients.</summary>
public static class WallMessages
{
    public const string Snapshot = "Snapshot";
    public const string Change = "Change";
}
