using CommandCenter.Persistence;
using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

/// <summary>
/// Every <see cref="Interval"/>, tells every screen the time and whether the cluster and its database answer, so a
/// screen can show plainly that its data is stale when heartbeats stop or the cluster or database is down (changes
/// cannot be stored then, so what the screen shows may be about to change).
/// </summary>
internal sealed class WallHeartbeat(IHubContext<WallHub, W.IWallClient> hub, IGrainFactory grains, IServiceProvider services, TimeProvider time, ILogger<WallHeartbeat> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var live = await Task.WhenAll(ClusterAnswers(stoppingToken), DatabaseAnswers(stoppingToken)) is [true, true];
            try
            {
                await hub.Clients.All.Heartbeat(new W.HeartbeatMessage(time.GetUtcNow(), live)).WaitAsync(stoppingToken);
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
            await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List().WaitAsync(CheckTimeout, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<bool> DatabaseAnswers(CancellationToken cancellationToken)
    {
        if (services.GetService<CommandCenterDatabase>() is not { } database)
        {
            return true; // Storage:Mode=Memory: nothing to lose
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(CheckTimeout);
        try
        {
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
