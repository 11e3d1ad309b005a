using System.Net.Sockets;
using CommandCenter.Storage.LocalServer;
using CommandCenter.Storage.Migrations;

namespace CommandCenter.Storage;

/// <summary>
/// The PostgreSQL database of one process: the configured server, or a managed local one started (or adopted)
/// for it and watched while the process runs; migrated and ready when <see cref="OpenAsync"/> returns.
/// </summary>
public sealed class CommandCenterDatabase : IAsyncDisposable
{
    private CommandCenterDatabase(NpgsqlDataSource dataSource, string connectionString, LocalPostgresServer? localServer)
    {
        DataSource = dataSource;
        ConnectionString = connectionString;
        LocalServer = localServer;
        if (localServer is not null)
        {
            // Pooled connections to the dead postmaster are broken: drop them at once rather than one failed request each.
            localServer.Restarted += dataSource.Clear;
        }
    }

    public NpgsqlDataSource DataSource { get; }

    /// <summary>The connection string with its password (the data source's own drops it), for pg_dump.</summary>
    public string ConnectionString { get; }

    /// <summary>The managed local server, or null for a configured one.</summary>
    public LocalPostgresServer? LocalServer { get; }

    /// <exception cref="StartupProblem">The server cannot be started or reached; the message says what to do.</exception>
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
        try
        {
            await SchemaMigrator.MigrateAsync(dataSource, logger, cancellationToken);
        }
        catch (Exception exception) when (localServer is null && Unreachable(exception))
        {
            await dataSource.DisposeAsync();
            throw new StartupProblem(
                $"Cannot connect to the PostgreSQL server at {builder.Host}:{builder.Port} ({exception.GetBaseException().Message.TrimEnd('.')}): " +
                "start it, or correct ConnectionStrings:CommandCenter (leave it empty to use the managed local server).", exception);
        }

        return new CommandCenterDatabase(dataSource, builder.ConnectionString, localServer);
    }

    /// <summary>Completes when the server answers a query (readiness, the wall's heartbeat); throws when it does not.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand("SELECT 1");
        await command.ExecuteScalarAsync(cancellationToken);
    }

    private static bool Unreachable(Exception exception) =>
        exception is NpgsqlException { InnerException: SocketException or IOException or TimeoutException } or NpgsqlException { IsTransient: true }
        || exception is PostgresException { SqlState: "28P01" or "28000" or "3D000" } // wrong password, no such role or database
        || exception is SocketException or TimeoutException;

    public async ValueTask DisposeAsync()
    {
        await DataSource.DisposeAsync();
        if (LocalServer is not null)
        {
            await LocalServer.DisposeAsync();
        }
    }
}
