using System.Diagnostics.Metrics;

namespace CommandCenter.Web.Wall;

/// <summary>
/// Every second, disconnects the screens whose connection has taken nothing for <see cref="ScreenSettings.StallTimeout"/>
/// (the wall reconnects forever and catches up); and publishes the screens' buffers as metrics
/// (<see cref="MeterName"/>: screens, the largest outbox, coalesced messages, dropped screens).
/// </summary>
internal sealed class ScreenWatchdog : BackgroundService
{
    public const string MeterName = "CommandCenter.Wall";

    private readonly WallScreens _screens;
    private readonly ScreenSettings _settings;
    private readonly ILogger<ScreenWatchdog> _logger;

    public ScreenWatchdog(WallScreens screens, ScreenSettings settings, IMeterFactory meters, ILogger<ScreenWatchdog> logger)
    {
        (_screens, _settings, _logger) = (screens, settings, logger);
        var meter = meters.Create(MeterName);
        meter.CreateObservableGauge("commandcenter.wall.screens", () => screens.Count, description: "Wall screens connected to this host");
        meter.CreateObservableGauge("commandcenter.wall.screen.pending.max", () => screens.MaxPending,
            description: "Most entries (changes, grid counts, snapshot, standings) waiting for any one screen");
        meter.CreateObservableCounter("commandcenter.wall.messages.coalesced", () => screens.Coalesced,
            description: "Messages merged into a busy screen's outbox instead of sent");
        meter.CreateObservableCounter("commandcenter.wall.screens.dropped", () => screens.Dropped,
            description: "Screens disconnected because their connection took nothing for the stall timeout");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Clamp(_settings.StallTimeoutSeconds / 4, 0.1, 1)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var screen in _screens.All)
            {
                if (screen.WriteWaiting > _settings.StallTimeout && !screen.Aborted)
                {
                    _logger.LogInformation("Disconnecting wall screen {Connection}: its connection took nothing for {Seconds} s", screen.ConnectionId, _settings.StallTimeoutSeconds);
                    _screens.Drop(screen);
                }
            }
        }
    }
}
