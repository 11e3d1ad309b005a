namespace CommandCenter;

/// <summary>Names of the Orleans grain storage providers.</summary>
public static class StorageNames
{
    public const string Default = "commandcenter";
}
