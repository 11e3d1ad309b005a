using CommandCenter.Persistence.Operations;

namespace CommandCenter.Web.Backups;

/// <summary>Backs the database up every night at <see cref="BackupSettings.Nightly"/> (local time), keeping the newest <see cref="BackupSettings.Keep"/>.</summary>
public sealed class NightlyBackup(BackupFolder folder, BackupSettings settings, TimeProvider time, ILogger<NightlyBackup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(UntilNext(time.GetLocalNow()), time, stoppingToken);
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

    private TimeSpan UntilNext(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.Date + settings.Nightly.ToTimeSpan(), now.Offset);
        return (next > now ? next : next.AddDays(1)) - now;
    }
}
