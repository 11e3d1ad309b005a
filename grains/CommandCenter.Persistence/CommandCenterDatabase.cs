using CommandCenter.Persistence.LocalServer;
using CommandCenter.Persistence.Migrations;

namespace CommandCenter.Persistence;

/// <summary>
/// The PostgreSQL database of one process: the configured server, or a managed local one started for it;
/// migrated and ready when <see cref="OpenAsync"/> returns.
/// </summary>
public sealed class CommandCenterDatabase : IAsyncDisposable
{
    private readonly LocalPostgresServer? _localServer;

    private CommandCenterDatabase(NpgsqlDataSource dataSource, LocalPostgresServer? localServer)
    {
        DataSource = dataSource;
        _localServer = localServer;
    }

    public NpgsqlDataSource DataSource { get; }

    public static async Task<CommandCenterDatabase> OpenAsync(StorageSettings settings, ILogger logger, CancellationToken cancellationToken = default)
    {
        LocalPostgresServer? localServer = null;
        var connectionString = settings.ConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            localServer = await LocalPostgresServer.StartAsync(settings.DataDirectory, settings.BinDirectory, logger, cancellationToken);
            connectionString = localServer.ConnectionString;
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("Max Pool Size", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxPoolSize = settings.MaxPoolSize;
        }

        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        await SchemaMigrator.MigrateAsync(dataSource, logger, cancellationToken);
        return new CommandCenterDatabase(dataSource, localServer);
    }

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (_localServer is not null)
        {
            await _localServer.DisposeAsync();
        }
    }
}
