using CommandCenter.Persistence.LocalServer;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Testcontainers.PostgreSql;
using Xunit;

namespace CommandCenter.Testing;

/// <summary>
/// One real PostgreSQL server for a test assembly: a Testcontainers container of the image named by
/// <see cref="ImageVariable"/> when it is set (CI), otherwise a managed local server in a temporary folder.
/// Each test gets a fresh database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string ImageVariable = "COMMANDCENTER_TEST_POSTGRES_IMAGE";

    private PostgreSqlContainer? _container;
    private LocalPostgresServer? _local;
    private string _localFolder = "";
    private string _adminConnectionString = "";
    private int _databases;

    /// <summary>"Testcontainers (image)" or "managed local PostgreSQL".</summary>
    public string Backend { get; private set; } = "";

    public static string? Image => Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : null;

    public async Task InitializeAsync()
    {
        if (Image is { } image)
        {
            _container = new PostgreSqlBuilder(image).Build();
            await _container.StartAsync();
            _adminConnectionString = _container.GetConnectionString();
            Backend = $"Testcontainers ({image})";
        }
        else
        {
            _localFolder = Path.Combine(Path.GetTempPath(), "commandcenter-tests-" + Guid.NewGuid().ToString("N")[..8]);
            _local = await LocalPostgresServer.StartAsync(_localFolder, null, NullLogger.Instance);
            _adminConnectionString = _local.ConnectionString;
            Backend = "managed local PostgreSQL";
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(_adminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
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
