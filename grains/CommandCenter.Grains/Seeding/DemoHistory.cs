namespace CommandCenter.Seeding;

/// <summary>
/// The demo drive in the middle of its course (<see cref="DemoSettings.History"/>): the city's grids with their
/// boundaries, the cases of the past six weeks, and the briefings published so far.
/// </summary>
public static class DemoHistory
{
    public static async Task Seed(IGrainFactory grains, DemoCampaign demo, TimeProvider time, DemoSettings settings)
    {
        if (!settings.History)
        {
            return;
        }

        var grids = DemoGrids.Create(demo.Campaign.Id);
        await DemoGrids.Seed(grains, grids);
        var cases = await DemoCases.Seed(grains, demo.Campaign, grids, time, DemoWeeks.Weeks);
        await DemoBriefings.Seed(grains, demo, time, cases);
    }
}
