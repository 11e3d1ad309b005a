using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Storage.Operations;

/// <summary>
/// Bounds the stop of a host run as a program (console or service): if stopping has not finished
/// <c>Shutdown:Deadline</c> (default 10 s) after SIGTERM — the database or the cluster is gone, and Orleans would
/// wait minutes to write its membership row and deactivate grains — it logs one line saying what was not written,
/// releases the managed database (the last holder stops it) and exits with code 0. Nothing acknowledged is lost:
/// every update is committed before it is acknowledged. Hosts inside a test process are never ended this way.
/// </summary>
public sealed class StopDeadline(IHostApplicationLifetime lifetime, IHostEnvironment environment, CommandCenterDatabase database,
    IConfiguration configuration, ILogger<StopDeadline> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var deadline = configuration.GetValue("Shutdown:Deadline", TimeSpan.FromSeconds(10));
        // The host is the program itself (not a host inside a test runner, whose entry assembly is the runner's).
        var isProgram = System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name == environment.ApplicationName;
        if (isProgram && deadline > TimeSpan.Zero)
        {
            lifetime.ApplicationStopping.Register(() => _ = EndAfter(deadline, lifetime.ApplicationStopped));
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task EndAfter(TimeSpan deadline, CancellationToken stopped)
    {
        try
        {
            await Task.Delay(deadline, stopped);
        }
        catch (OperationCanceledException)
        {
            return; // stopped in time
        }

        var server = new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString);
        logger.LogWarning(await Reachable()
            ? "Stopped after {Seconds:F0} s without finishing: the Orleans cluster did not answer, so grain deactivations and this host's leave from the cluster were not written (nothing acknowledged is lost: every update was committed before it was acknowledged)"
            : "Stopped after {Seconds:F0} s without finishing: the database at {Server} is unreachable, so this silo's membership row and the state of grains still deactivating were not written (nothing acknowledged is lost: every update was committed before it was acknowledged)",
            deadline.TotalSeconds, $"{server.Host}:{server.Port}");
        if (database.LocalServer is { } local)
        {
            await local.DisposeAsync();
        }

        await Task.Delay(300); // let the console logger write the line
        Environment.Exit(0);
    }

    private async Task<bool> Reachable()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await using var command = database.DataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(timeout.Token);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
            return false;
        }
    }
}
