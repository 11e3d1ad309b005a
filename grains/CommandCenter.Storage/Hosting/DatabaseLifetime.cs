using CommandCenter.Storage;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Extensions;

/// <summary>
/// Closes the database (and stops a managed local server) when the host stops, after Orleans has stopped; when the
/// host is disposed, disposes the storage's own logging, whose console writer is a thread that would otherwise outlive
/// the host (and, with the execution context it captured, keep the whole host in memory).
/// </summary>
internal sealed class DatabaseLifetime(CommandCenterDatabase database, ILoggerFactory storageLogging) : IHostedService, IDisposable
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await database.DisposeAsync();

    public void Dispose() => storageLogging.Dispose();
}
