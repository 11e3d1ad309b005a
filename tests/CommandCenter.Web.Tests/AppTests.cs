namespace CommandCenter.Web.Tests;

/// <summary>Tests against one running web host on a fresh copy of the seeded database (<see cref="SeededDatabases"/>), started before each test and stopped after it.</summary>
public abstract class AppTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    protected CommandCenterApp App { get; private set; } = null!;

    /// <summary>Configuration of the host beyond the test defaults (<see cref="CommandCenterApp"/>).</summary>
    protected virtual IReadOnlyDictionary<string, string?>? HostSettings => null;

    public async Task InitializeAsync() => App = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: HostSettings);

    public async Task DisposeAsync() => await App.DisposeAsync();
}
