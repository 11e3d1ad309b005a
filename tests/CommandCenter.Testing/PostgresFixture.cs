using Npgsql;
using Xunit;

namespace CommandCenter.Testing;

/// <summary>
/// The test process's PostgreSQL server (<see cref="PostgresServer"/>), started by the first fixture that needs it and
/// removed when the process exits, so that test classes running side by side share one server instead of starting one
/// each. Each test gets a fresh database from <see cref="CreateDatabaseAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string ImageVariable = "COMMANDCENTER_TEST_POSTGRES_IMAGE";

    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static PostgresServer? _shared;
    private static int _databases;

    private PostgresServer _server = null!;

    /// <summary>"Testcontainers (image)" or "managed local PostgreSQL".</summary>
    public string Backend => _server.Backend;

    public static string? Image => Environment.GetEnvironmentVariable(ImageVariable) is { Length: > 0 } image ? image : null;

    public async Task InitializeAsync()
    {
        await Starting.WaitAsync();
        try
        {
            if (_shared is null)
            {
                _shared = await PostgresServer.StartAsync();
                // No reaper runs beside the tests (Ryuk is disabled): the server goes with the process that started it.
                AppDomain.CurrentDomain.ProcessExit += (_, _) => _shared.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(30));
            }

            _server = _shared;
        }
        finally
        {
            Starting.Release();
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await using (var connection = new NpgsqlConnection(_server.AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>The server outlives this fixture: other test classes may be using it.</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}
