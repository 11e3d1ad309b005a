using CommandCenter.Persistence;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Extensions;

/// <summary>Closes the database (and stops a managed local server) when the host stops, after Orleans has stopped.</summary>
internal sealed class DatabaseLifetime(CommandCenterDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await database.DisposeAsync();
}
