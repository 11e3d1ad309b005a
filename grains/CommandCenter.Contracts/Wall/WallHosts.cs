namespace CommandCenter.Wall;

/// <summary>Timing of web-host registration with the <see cref="IWallHostRegistryGrain"/>.</summary>
public static class WallHosts
{
    /// <summary>How often a web host re-registers its observer.</summary>
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(10);

    /// <summary>After how long without a refresh a host is dropped.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(35);
}
