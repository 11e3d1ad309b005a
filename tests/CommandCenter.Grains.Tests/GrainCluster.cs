using CommandCenter.Domain;
using CommandCenter.Extensions;
using Microsoft.Extensions.DependencyInjection;
using CommandCenter.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace CommandCenter.Grains.Tests;

/// <summary>An in-process Orleans cluster whose grains keep their state in a real PostgreSQL database.</summary>
public sealed class GrainCluster : IAsyncDisposable
{
    private readonly CommandCenterDatabase _database;

    private GrainCluster(InProcessTestCluster cluster, CommandCenterDatabase database)
    {
        Cluster = cluster;
        _database = database;
    }

    public InProcessTestCluster Cluster { get; }

    public IClusterClient Client => Cluster.Client;

    /// <param name="clock">The clock of the product's rules; the system clock when null.</param>
    /// <param name="reminders">Reminder webhook settings, when the test needs them.</param>
    /// <param name="services">More silo services or options (e.g. a faster overdue check).</param>
    public static async Task<GrainCluster> StartAsync(string connectionString, bool seed = true, TimeProvider? clock = null, Action<CommandCenter.Reports.ReminderSettings>? reminders = null, Action<IServiceCollection>? services = null)
    {
        var database = await CommandCenterDatabase.OpenAsync(new StorageSettings { ConnectionString = connectionString }, NullLogger.Instance);
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = "commandcenter-tests";
        builder.ConfigureSilo((_, silo) =>
        {
            if (clock is not null)
            {
                silo.Services.AddSingleton(new DomainClock(clock));
            }

            silo.Services.AddCommandCenterStores(database);
            silo.AddCommandCenterGrainServices(database, seed);
            // The grain tests count on a demo drive without grids, cases or published briefings.
            silo.Services.Configure<CommandCenter.Seeding.DemoSettings>(o => o.History = false);
            if (reminders is not null)
            {
                silo.Services.Configure(reminders);
            }

            services?.Invoke(silo.Services);
        });
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddCommandCenterContracts()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return new GrainCluster(cluster, database);
    }

    public async ValueTask DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        await _database.DisposeAsync();
    }
}
