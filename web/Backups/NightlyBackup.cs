using CommandCenter.Persistence.Operations;

namespace CommandCenter.Web.Backups;

/// <summary>Backs the database up every night at <see cref="BackupSettings.Nightly"/> (local time), keeping the newest <see cref="BackupSettings.Keep"/>.</summary>
public sealed class NightlyBackup(BackupFolder folder, BackupSettings settings, TimeProvider time, ILogger<NightlyBackup> logger) : BackgroundService
{
    private DateTimeOffset _next;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Fixed when the host starts, so a loop that gets going late still runs at the first time due.
        _next = NextAfter(time.GetLocalNow());
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = _next - time.GetLocalNow();
            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
            _next = NextAfter(_next);
            try
            {
                if (await folder.BackUpAsync(onlyIfAlone: true, stoppingToken) is { } made)
                {
                    logger.LogInformation("Nightly backup {Name} written to {Folder} ({Size} bytes)", made.Name, folder.Path, made.Size);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError("The nightly backup into {Folder} failed: {Reason}", folder.Path, exception.Message);
            }
        }
    }

    private DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.Date + settings.Nightly.ToTimeSpan(), now.Offset);
        return next > now ? next : next.AddDays(1);
    }
}
