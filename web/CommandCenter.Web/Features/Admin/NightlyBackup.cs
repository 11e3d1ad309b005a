using CommandCenter.Persistence.Operations;

namespace CommandCenter.Web.Features.Admin;

/// <summary>Backs the database up every night at <see cref="BackupSettings.Nightly"/> (local time), keeping the newest <see cref="BackupSettings.Keep"/>.</summary>
public sealed class NightlyBackup(BackupFolder folder, BackupSettings settings, TimeProvider time, ILogger<NightlyBackup> logger) : BackgroundService
{
    private readonly CancellationTokenSource _stopping = new();
    private DateTimeOffset _next;
    private Task _firstWait = Task.CompletedTask;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // The first timer is made here, before the host goes on: ExecuteAsync starts on the thread pool, and a timer
        // it made later could be set after the clock had already passed the time it read.
        _next = NextAfter(time.GetLocalNow());
        _firstWait = WaitUntil(_next);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stop = stoppingToken.Register(_stopping.Cancel);
        var wait = _firstWait;
        while (!stoppingToken.IsCancellationRequested)
        {
            await wait;
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

            wait = WaitUntil(_next);
        }
    }

    public override void Dispose()
    {
        _stopping.Dispose();
        base.Dispose();
    }

    private Task WaitUntil(DateTimeOffset at)
    {
        var wait = at - time.GetLocalNow();
        return Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, _stopping.Token);
    }

    private DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var next = new DateTimeOffset(now.Date + settings.Nightly.ToTimeSpan(), now.Offset);
        return next > now ? next : next.AddDays(1);
    }
}
