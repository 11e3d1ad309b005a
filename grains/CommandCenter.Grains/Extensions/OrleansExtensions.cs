using System.Net;
using CommandCenter.Storage;
using CommandCenter.Storage.Serialization;
using CommandCenter.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Serialization;

namespace CommandCenter.Extensions;

public static class OrleansExtensions
{
    private const string Invariant = "Npgsql";

    /// <summary>Runs a silo in this process, or (with <c>Orleans:Mode=Client</c>) joins a cluster as a client.</summary>
    public static IHostApplicationBuilder AddCommandCenterOrleans(this IHostApplicationBuilder builder, CommandCenterDatabase? database)
    {
        var settings = OrleansSettings.From(builder.Configuration);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(DomainClock.SystemClock);
        if (settings.IsClient)
        {
            var db = database ?? throw new InvalidOperationException("Orleans:Mode=Client needs a PostgreSQL database to find the cluster.");
            builder.UseOrleansClient(client => client
                .Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId))
                .UseAdoNetClustering(o => (o.Invariant, o.DataSource) = (Invariant, db.DataSource))
                .AddActivityPropagation()
                .UseCommandCenterTls(settings)
                .AddCommandCenterDashboard(settings, builder.Configuration));
            builder.Services.AddSerializer(serializer => serializer.AddCommandCenterContracts());
            builder.Services.Configure<GatewayOptions>(builder.Configuration.GetSection(OrleansSettings.GatewaySection));
            builder.Services.Configure<ClientMessagingOptions>(builder.Configuration.GetSection(OrleansSettings.MessagingSection));
            return builder;
        }

        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o => (o.ClusterId, o.ServiceId) = (settings.ClusterId, settings.ServiceId));
            if (database is null)
            {
                silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort);
            }
            else
            {
                silo.ConfigureEndpoints(IPAddress.Parse(settings.AdvertisedIP), settings.SiloPort, settings.GatewayPort);
                silo.UseAdoNetClustering(o => (o.Invariant, o.DataSource) = (Invariant, database.DataSource));
            }

            silo.UseCommandCenterTls(settings);
            silo.AddCommandCenterDashboard(settings, builder.Configuration);
            silo.AddActivityPropagation();
            silo.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection(OrleansSettings.MembershipSection));
            silo.Services.Configure<SiloMessagingOptions>(builder.Configuration.GetSection(OrleansSettings.MessagingSection));
            silo.AddCommandCenterGrainServices(database, settings.SeedDemoCampaign);
        });
        return builder;
    }

    /// <summary>
    /// Grain storage, reminders, the wall fan-out and seeding: everything a silo needs besides clustering and the stores
    /// (<see cref="StorageServices.AddCommandCenterStores"/>, registered with the database).
    /// </summary>
    public static ISiloBuilder AddCommandCenterGrainServices(this ISiloBuilder silo, CommandCenterDatabase? database, bool seedDemoCampaign)
    {
        silo.Services.TryAddSingleton(DomainClock.SystemClock);
        silo.Services.AddSerializer(serializer => serializer.AddCommandCenterContracts());
        silo.Services.AddSingleton<WallPublisher>();
        silo.Services.AddOptions<ReminderSettings>().Bind(silo.Configuration.GetSection("Reminders"));
        silo.Services.AddSingleton<ReminderWebhook>();
        silo.Services.AddHostedService(sp => sp.GetRequiredService<ReminderWebhook>());
        silo.Services.AddSingleton<CampaignNotifier>();
        silo.Services.AddOptions<CommandCenter.Grids.GridOptions>();
        if (database is null)
        {
            silo.AddMemoryGrainStorage(StorageNames.Default);
            silo.UseInMemoryReminderService();
        }
        else
        {
            silo.AddAdoNetGrainStorage(StorageNames.Default, o =>
            {
                o.Invariant = Invariant;
                o.DataSource = database.DataSource;
                o.GrainStorageSerializer = new JsonGrainStorageSerializer();
            });
            silo.UseAdoNetReminderService(o => (o.Invariant, o.DataSource) = (Invariant, database.DataSource));
        }

        CommandCenter.Assessment.AssessmentSiloExtensions.AddAssessment(silo.Services);
        if (seedDemoCampaign)
        {
            silo.Services.AddOptions<DemoSettings>().Bind(silo.Configuration.GetSection(DemoSettings.Section));
            silo.AddStartupTask<DemoCampaignSeeder>();
        }

        return silo;
    }
}
