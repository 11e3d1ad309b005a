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

        // Not disposed: the managed server's watch logs through it for as long as the process runs.
        var loggerFactory = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var database = await CommandCenterDatabase.OpenAsync(settings, loggerFactory.CreateLogger("CommandCenter.Storage"));
        builder.Services.AddSingleton(database);
        builder.Services.AddHostedService<DatabaseLifetime>();
        builder.Services.AddHostedService<CommandCenter.Storage.Operations.StopDeadline>();
        builder.Services.AddCommandCenterStores(database);
        return database;
    }
}
