using CommandCenter.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CommandCenter.Extensions;

public static class StorageExtensions
{
    /// <summary>
    /// Opens the database (starting a managed local PostgreSQL when no connection string is configured) and
    /// applies migrations. Returns null in <c>Storage:Mode=Memory</c>. Must run before Orleans is added.
    /// </summary>
    public static async Task<CommandCenterDatabase?> AddCommandCenterStorageAsync(this IHostApplicationBuilder builder)
    {
        var settings = StorageSettings.From(builder.Configuration);
        if (settings.IsMemory)
        {
            return null;
        }

        // Not disposed: the managed server's watch logs through it for as long as the process runs.
        var loggerFactory = LoggerFactory.Create(logging => logging.AddConfiguration(builder.Configuration.GetSection("Logging")).AddConsole());
        var database = await CommandCenterDatabase.OpenAsync(settings, loggerFactory.CreateLogger("CommandCenter.Storage"));
        builder.Services.AddSingleton(database);
        builder.Services.AddHostedService<DatabaseLifetime>();
        builder.Services.AddHostedService<CommandCenter.Persistence.Operations.StopDeadline>();
        return database;
    }
}
