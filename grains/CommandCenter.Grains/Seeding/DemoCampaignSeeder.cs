namespace CommandCenter.Seeding;

/// <summary>Startup task: on an empty database, creates the demo campaign. Safe when several silos start at once.</summary>
public sealed class DemoCampaignSeeder(IGrainFactory grains, DomainClock time, Microsoft.Extensions.Options.IOptions<DemoSettings> settings, ILogger<DemoCampaignSeeder> logger, IServiceProvider services) : IStartupTask
{
    public async Task Execute(CancellationToken cancellationToken)
    {
        var catalog = grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key);
        if ((await catalog.List()).Count > 0)
        {
            return;
        }

        var demo = DemoCampaign.Create(time);
        var campaign = grains.GetGrain<ICampaignGrain>(demo.Campaign.Id);
        var token = Guid.NewGuid();
        if (!await grains.GetGrain<ICampaignReservationGrain>(demo.Campaign.Id).Reserve(token))
        {
            return; // another silo is seeding it, or did
        }

        await Task.WhenAll(demo.Tasks.Select(t => grains.GetGrain<ITaskGrain>(t.Task.Id).Define(t.Task, t.History)));
        await campaign.Create(demo.Campaign, token);
        await DemoUnits.Seed(services.GetService(typeof(CommandCenter.Storage.Units.UnitStore)) as CommandCenter.Storage.Units.UnitStore, demo);
        await AssessmentDemo.Seed(grains, time, demo.Campaign);
        await DemoWeeks.Seed(grains, demo, time);
        await DemoHistory.Seed(grains, demo, time, settings.Value);
        logger.LogInformation("Seeded the demo campaign {Campaign} with {Count} tasks", demo.Campaign.Id, demo.Tasks.Count);
    }
}
