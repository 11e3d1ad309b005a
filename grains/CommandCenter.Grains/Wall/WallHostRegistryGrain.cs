namespace CommandCenter.Wall;

/// <summary>
/// Which web hosts want wall changes. Kept in memory only: hosts re-register every
/// <see cref="WallHosts.RefreshInterval"/>, so a restarted registry is whole again within that time.
/// </summary>
public sealed class WallHostRegistryGrain(DomainClock time) : Grain, IWallHostRegistryGrain
{
    private readonly Dictionary<string, (IWallObserver Observer, DateTimeOffset Seen)> _hosts = [];

    public Task Register(string hostId, IWallObserver observer)
    {
        _hosts[hostId] = (observer, time.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task Unregister(string hostId)
    {
        _hosts.Remove(hostId);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IWallObserver>> GetObservers()
    {
        var cutoff = time.GetUtcNow() - WallHosts.Expiry;
        foreach (var stale in _hosts.Where(h => h.Value.Seen < cutoff).Select(h => h.Key).ToList())
        {
            _hosts.Remove(stale);
        }

        return Task.FromResult<IReadOnlyList<IWallObserver>>(_hosts.Values.Select(h => h.Observer).ToList());
    }
}
