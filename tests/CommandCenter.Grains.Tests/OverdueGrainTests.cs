using Microsoft.Extensions.DependencyInjection;

namespace CommandCenter.Grains.Tests;

/// <summary>Overdue cases are found by the grid's own timer when the product clock moves, counting working time only.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OverdueGrainTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset FridayFive = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);      // Friday 17:00 in Shanghai
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 30, 2, 0, 0, TimeSpan.Zero);       // its deadline: 1 h Friday + 1 h Monday

    private static void FastChecks(IServiceCollection services) =>
        services.Configure<GridOptions>(o => o.OverdueCheckPeriod = TimeSpan.FromMilliseconds(100));

    [Fact]
    public async Task A_case_past_its_working_time_limit_is_flagged_without_any_request()
    {
        var clock = new MovableTime(FridayFive);
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false, clock: clock, services: FastChecks);
        var grid = await Cases.Grid(cluster.Client, "JA-010");
        var c = await grid.Report(Cases.RoadCleaning("JA-010")).Accepted();
        await Cases.Go(cluster.Client, c.Id, CaseStatus.Dispatched, unit: "环卫处");
        Assert.Equal(MondayTen, c.Deadline);

        clock.Now = new DateTimeOffset(2026, 11, 29, 4, 0, 0, TimeSpan.Zero);                          // Sunday noon: 50 calendar hours later
        await Task.Delay(TimeSpan.FromMilliseconds(600));                                              // several checks run
        Assert.Equal(0, (await Cases.Stats(grid)).Overdue);

        clock.Now = MondayTen.AddSeconds(-1);
        await Task.Delay(TimeSpan.FromMilliseconds(600));
        Assert.Equal(0, (await Cases.Stats(grid)).Overdue);

        clock.Now = MondayTen.AddSeconds(1);
        var stats = await Eventually(grid, s => s.Overdue == 1);
        Assert.Equal(new CaseStats { Received = 1, Overdue = 1 }, stats);
        Assert.Equal(1, (await grid.GetRow())!.Units["环卫处"].Overdue);
        Assert.True((await cluster.Client.GetGrain<ICaseGrain>(c.Id).Get())!.Overdue);

        foreach (var to in new[] { CaseStatus.Handling, CaseStatus.Rectified, CaseStatus.Verified })
        {
            await Cases.Go(cluster.Client, c.Id, to);
        }

        await cluster.Client.GetGrain<ICaseGrain>(c.Id).AddPhoto(3).Accepted();
        var closed = await Cases.Go(cluster.Client, c.Id, CaseStatus.Closed);
        Assert.False(closed.ClosedOnTime);
        Assert.Equal(new CaseStats { Received = 1, Handled = 1, Closed = 1 }, await Cases.Stats(grid)); // closed late: no longer overdue, not on time
    }

    [Fact]
    public async Task Only_the_cases_already_due_are_looked_at()
    {
        var clock = new MovableTime(FridayFive);
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false, clock: clock);
        var grid = await Cases.Grid(cluster.Client, "JA-011");
        await grid.Report(Cases.RoadCleaning("JA-011")).Accepted();                                                // due Monday 10:00
        await grid.Report(Cases.RoadCleaning("JA-011") with { Category = "违法建设", Subcategory = "违法建设拆除" }).Accepted(); // due in 20 working days

        Assert.Equal(0, await grid.CheckOverdue());
        clock.Now = MondayTen.AddMinutes(1);
        Assert.Equal(1, await grid.CheckOverdue());
        await Eventually(grid, s => s.Overdue == 1);
        Assert.Equal(0, await grid.CheckOverdue());                                                     // flagged cases leave the queue
    }

    private static async Task<CaseStats> Eventually(IGridGrain grid, Func<CaseStats, bool> condition)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var stats = await Cases.Stats(grid);
            if (condition(stats) || DateTime.UtcNow > until)
            {
                return stats;
            }

            await Task.Delay(50);
        }
    }
}
