namespace CommandCenter.Web.Wall;

/// <summary>Registers this host's <see cref="WallHubObserver"/> with the cluster, and keeps it registered.</summary>
internal sealed class WallHostRegistration(IGrainFactory grains, WallHubObserver observer, ILogger<WallHostRegistration> logger) : BackgroundService
{
    private readonly string _hostId = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
    private IWallObserver? _reference;

    private IWallHostRegistryGrain Registry => grains.GetGrain<IWallHostRegistryGrain>(IWallHostRegistryGrain.Key);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _reference = grains.CreateObjectReference<IWallObserver>(observer);
        await Registry.Register(_hostId, _reference);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(WallHosts.RefreshInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Registry.Register(_hostId, _reference!);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not refresh the wall registration; retrying in {Interval}", WallHosts.RefreshInterval);
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await Registry.Unregister(_hostId).WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
            if (_reference is not null)
            {
                grains.DeleteObjectReference<IWallObserver>(_reference);
            }
        }
        catch (Exception exception)
        {
            // The registry drops hosts it stops hearing from, so a host that cannot say goodbye is still forgotten.
            logger.LogDebug(exception, "Could not unregister from the wall registry while stopping");
        }
    }
}
