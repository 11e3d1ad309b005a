using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// Every <see cref="Interval"/>, tells every screen the time and whether the cluster answers, so a screen can show
/// plainly that its data is stale when heartbeats stop or the cluster is down.
/// </summary>
internal sealed class WallHeartbeat(IHubContext<WallHub> hub, IGrainFactory grains, TimeProvider time, ILogger<WallHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var live = await ClusterAnswers(stoppingToken);
            try
            {
                await hub.Clients.All.SendAsync(WallMessages.Heartbeat, new WallHeartbeatMessage(time.GetUtcNow(), live), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not send the wall heartbeat");
            }
        }
    }

    private async Task<bool> ClusterAnswers(CancellationToken cancellationToken)
    {
        try
        {
            await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List().WaitAsync(TimeSpan.FromSeconds(3), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }
}
