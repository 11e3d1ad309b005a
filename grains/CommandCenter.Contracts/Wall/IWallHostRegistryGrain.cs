namespace CommandCenter.Wall;

/// <summary>
/// The registry of web hosts that serve wall screens. Hosts register their observer on start and refresh it
/// periodically; an entry not refreshed within the expiry is dropped. A single instance keyed by <see cref="Key"/>.
/// </summary>
[Alias("IWallHostRegistryGrain")]
public interface IWallHostRegistryGrain : IGrainWithStringKey
{
    const string Key = "all";

    [Alias("Register")]
    Task Register(string hostId, IWallObserver observer);

    [Alias("Unregister")]
    Task Unregister(string hostId);

    [Alias("GetObservers")]
    Task<IReadOnlyList<IWallObserver>> GetObservers();
}
