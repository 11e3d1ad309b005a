namespace CommandCenter.Wall;

/// <summary>
/// Per-silo fan-out of campaign changes to every registered web host. The host list is fetched from the
/// registry and cached for <see cref="RefreshInterval"/>; each host gets a one-way call.
/// </summary>
public sealed class WallPublisher(IGrainFactory grains, TimeProvider time, ILogger<WallPublisher> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private IReadOnlyList<IWallObserver> _observers = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public async ValueTask Publish(WallChange change)
    {
        foreach (var observer in await Observers())
        {
            try
            {
                _ = observer.OnChange(change);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not push change {Sequence} of {Campaign} to a web host", change.Sequence, change.CampaignId);
            }
        }
    }

    private async ValueTask<IReadOnlyList<IWallObserver>> Observers()
    {
        var now = time.GetUtcNow();
        if (now - _fetchedAt > RefreshInterval || _observers.Count == 0)
        {
            _observers = await grains.GetGrain<IWallHostRegistryGrain>(IWallHostRegistryGrain.Key).GetObservers();
            _fetchedAt = now;
        }

        return _observers;
    }
}
