using Npgsql;
using Xunit;

namespace CommandCenter.Testing;

/// <summary>
/// The test process's PostgreSQL server (<see cref="PostgresServer"/>), started by the first fixture that needs it and
/// removed when the process exits, so that test classes running side by side share one server instead of starting one
/// each. Each test gets a fresh database: an empty one from <see cref="CreateDatabaseAsync"/>, or a copy of a template
/// prepared once per process from <see cref="CreateDatabaseFromTemplateAsync"/>.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string ImageVariable = "COMMANDCENTER_TEST_POSTGRES_IMAGE";

    private static readonly SemaphoreSlim Starting = new(1, 1);
    private static readonly SemaphoreSlim Preparing = new(1, 1);
    private static readonly Dictionary<string, string> Templates = new(StringComparer.Ordinal);
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
    public Task<string> CreateDatabaseAsync() => CreateAsync(template: null);

    /// <summary>
    /// Creates a database that starts as a copy of the template named <paramref name="key"/> and returns its connection
    /// string. The first call of a key in this process creates an empty database, hands its connection string to
    /// <paramref name="prepare"/> (which must close every connection it opened) and keeps it as that key's template;
    /// later calls only copy it (<c>CREATE DATABASE … TEMPLATE</c>), which takes a small part of the preparation's time.
    /// A key names what the preparation makes: prepared data that depends on something else (such as today's date)
    /// belongs in the key, so that a change makes a new template instead of handing out a stale one.
    /// </summary>
    public async Task<string> CreateDatabaseFromTemplateAsync(string key, Func<string, Task> prepare)
    {
        string? template;
        await Preparing.WaitAsync();
        try
        {
            if (!Templates.TryGetValue(key, out template))
            {
                var connectionString = await CreateAsync(template: null);
                await prepare(connectionString);
                template = new NpgsqlConnectionStringBuilder(connectionString).Database!;
                await CloseConnections(connectionString, template);
                Templates[key] = template;
            }
        }
        finally
        {
            Preparing.Release();
        }

        return await CreateAsync(template);
    }

    private async Task<string> CreateAsync(string? template)
    {
        var name = $"test_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        await Execute($"CREATE DATABASE {name}" + (template is null ? "" : $" TEMPLATE {template}"));
        return new NpgsqlConnectionStringBuilder(_server.AdminConnectionString) { Database = name, MaxPoolSize = 20 }.ConnectionString;
    }

    /// <summary>
    /// PostgreSQL copies a database only while nobody is connected to it: the template takes no more connections, and the
    /// idle ones a pool may still hold are closed.
    /// </summary>
    private async Task CloseConnections(string connectionString, string database)
    {
        await using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await Execute($"ALTER DATABASE {database} WITH ALLOW_CONNECTIONS false");
        await Execute($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}'");
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(_server.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The server outlives this fixture: other test classes may be using it.</summary>
    public Task DisposeAsync() => Task.CompletedTask;
}
