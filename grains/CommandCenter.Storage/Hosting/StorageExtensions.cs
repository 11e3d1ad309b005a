using CommandCenter.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Extensions;

public static class StorageExtensions
{
    /// <summary>
    /// Opens the database (starting a managed local PostgreSQL when no connection string is configured), applies
    /// migrations and registers every store (<see cref="StorageServices.AddCommandCenterStores"/>). Returns null in
    /// <c>Storage:Mode=Memory</c>, where the stores are the in-memory ones. Must run before Orleans is added.
    /// </summary>
    public static async Task<CommandCenterDatabase?> AddCommandCenterStorageAsync(this IHostApplicationBuilder builder)
    {
        var settings = StorageSettings.From(builder.Configuration);
        if (settings.IsMemory)
        {
            builder.Services.AddCommandCenterStores(null);
            return null;
        }

        // The managed server's watch logs through it for as long as the host runs; disposed with the host (DatabaseLifetime).
        var loggerFactory = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var database = await CommandCenterDatabase.OpenAsync(settings, loggerFactory.CreateLogger("CommandCenter.Storage"));
        builder.Services.AddSingleton(database);
        builder.Services.AddHostedService(_ => new DatabaseLifetime(database, loggerFactory));
        builder.Services.AddHostedService<CommandCenter.Storage.Operations.StopDeadline>();
        builder.Services.AddCommandCenterStores(database);
        return database;
    }
}
