using System.Diagnostics;

namespace CommandCenter.Storage.LocalServer;

/// <summary>
/// Watches the managed server's postmaster every second and starts the server again when it has died; PostgreSQL
/// replays its WAL on the way up, so every committed write is there. Each process holding the server watches it;
/// the folder lock lets only the first to notice restart it.
/// </summary>
internal sealed class ServerWatch : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private ServerWatch(LocalPostgresServer server, ILogger logger) => _loop = Run(server, logger, _stop.Token);

    public static ServerWatch Start(LocalPostgresServer server, ILogger logger) => new(server, logger);

    private static async Task Run(LocalPostgresServer server, ILogger logger, CancellationToken stop)
    {
        Stopwatch? down = null;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Interval, stop);
                if (Postmaster.Read(server.DataFolder) is { IsRunning: true })
                {
                    continue;
                }

                if (down is null)
                {
                    down = Stopwatch.StartNew();
                    logger.LogWarning("The managed PostgreSQL in {Folder} is not running; starting it again on 127.0.0.1:{Port}", server.DataFolder, server.Port);
                }

                var restarted = await server.RestartIfDead(stop);
                logger.LogWarning(restarted
                    ? "Started the managed PostgreSQL again after {Seconds:F1} s down; it recovered from its WAL"
                    : "Another process started the managed PostgreSQL again after {Seconds:F1} s down", down.Elapsed.TotalSeconds);
                down = null;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                logger.LogWarning("Could not start the managed PostgreSQL again yet, retrying: {Reason}", exception.Message);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
