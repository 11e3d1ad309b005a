using Npgsql;
using Testcontainers.PostgreSql;

namespace CommandCenter.Web.Tests.Faults;

/// <summary>
/// A PostgreSQL server of its own (a container of the test image) on a fixed loopback port, so it can be stopped
/// and started again at the same address while the product keeps its connection string.
/// </summary>
public sealed class StoppablePostgres : IAsyncDisposable
{
    private readonly PostgreSqlContainer _container;

    private StoppablePostgres(PostgreSqlContainer container) => _container = container;

    public static async Task<StoppablePostgres> StartAsync()
    {
        var image = PostgresFixture.Image
            ?? throw new InvalidOperationException($"The database outage test needs a container image in {PostgresFixture.ImageVariable} (bash tests/run sets it).");
        var container = new PostgreSqlBuilder(image).WithPortBinding(FreePorts.Next(), 5432).Build();
        await container.StartAsync();
        return new StoppablePostgres(container);
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_container.GetConnectionString()) { MaxPoolSize = 20 }.ConnectionString;

    /// <summary>Stops the server (the container stops; its data stays).</summary>
    public Task StopAsync() => _container.StopAsync();

    /// <summary>Starts it again on the same port and waits until it accepts connections.</summary>
    public Task StartAgainAsync() => _container.StartAsync();

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
