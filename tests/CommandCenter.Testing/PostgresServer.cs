using CommandCenter.Storage.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Testcontainers.PostgreSql;

namespace CommandCenter.Testing;

/// <summary>
/// A real PostgreSQL server for tests: a Testcontainers container of the image named by
/// <see cref="PostgresFixture.ImageVariable"/> when it is set (CI), otherwise a managed local server in a temporary folder.
/// </summary>
internal sealed class PostgresServer : IAsyncDisposable
{
    private readonly PostgreSqlContainer? _container;
    private readonly LocalPostgresServer? _local;
    private readonly string _localFolder = "";

    private PostgresServer(PostgreSqlContainer? container, LocalPostgresServer? local, string localFolder, string adminConnectionString, string backend) =>
        (_container, _local, _localFolder, AdminConnectionString, Backend) = (container, local, localFolder, adminConnectionString, backend);

    public string AdminConnectionString { get; }

    /// <summary>"Testcontainers (image)" or "managed local PostgreSQL".</summary>
    public string Backend { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        if (PostgresFixture.Image is { } image)
        {
            var container = new PostgreSqlBuilder(image).Build();
            await container.StartAsync();
            return new PostgresServer(container, null, "", container.GetConnectionString(), $"Testcontainers ({image})");
        }

        var folder = Path.Combine(Path.GetTempPath(), "commandcenter-tests-" + Guid.NewGuid().ToString("N")[..8]);
        var local = await LocalPostgresServer.StartAsync(folder, null, NullLogger.Instance);
        return new PostgresServer(null, local, folder, local.ConnectionString, "managed local PostgreSQL");
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }

        if (_local is not null)
        {
            await _local.DisposeAsync();
            Directory.Delete(_localFolder, recursive: true);
        }
    }
}
