namespace CommandCenter.Wall;

/// <summary>
/// Per-silo fan-out of campaign changes (and wall commands) to every registered web host. The host list is fetched from the
/// registry and cached for <see cref="RefreshInterval"/>; each host gets a one-way call.
/// </summary>
public sealed class WallPublisher(IGrainFactory grains, DomainClock time, ILogger<WallPublisher> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private IReadOnlyList<IWallObserver> _observers = [];
    private DateTimeOffset _fetchedAt = DateTimeOffset.MinValue;

    public ValueTask Publish(WallChange change) => ToEveryHost(o => o.OnChange(change), $"change {change.Sequence} of {change.CampaignId}");

    public ValueTask Publish(IReadOnlyList<WallChange> changes) => changes.Count == 1
        ? Publish(changes[0])
        : ToEveryHost(o => o.OnChanges(changes), $"changes {changes[0].Sequence}–{changes[^1].Sequence} of {changes[0].CampaignId}");

    public ValueTask PlanChanged(CommandCenter.Campaigns.CampaignSnapshot snapshot) =>
        ToEveryHost(o => o.OnSnapshot(snapshot), $"new plan of {snapshot.Id}");

    public ValueTask CaseChanged(CaseWallChange change) => ToEveryHost(o => o.OnCaseChange(change), $"case change of grid {change.Grid.Code}");

    public ValueTask ReportsChanged(string campaignId) => ToEveryHost(o => o.OnReportsChanged(campaignId), $"report change of {campaignId}");

    public ValueTask StandingsChanged(string campaignId) => ToEveryHost(o => o.OnStandingsChanged(campaignId), $"standings change of {campaignId}");

    public ValueTask Reload(string campaignId) => ToEveryHost(o => o.OnReload(campaignId), $"reload of {campaignId}");

    public ValueTask Revoked(string tokenId) => ToEveryHost(o => o.OnDisplayTokenRevoked(tokenId), $"revocation of display token {tokenId}");

    private async ValueTask ToEveryHost(Func<IWallObserver, Task> send, string what)
    {
        foreach (var observer in await Observers())
        {
            try
            {
                _ = send(observer);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not push the {What} to a web host", what);
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
