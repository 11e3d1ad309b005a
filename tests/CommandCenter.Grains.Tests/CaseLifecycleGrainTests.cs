using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

/// <summary>A case walks its lifecycle through real grains on PostgreSQL, and every count and rate of its grid and unit follows.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseLifecycleGrainTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai

    [Fact]
    public async Task A_case_with_one_rework_moves_every_rate_of_its_grid_and_unit()
    {
        var clock = new MovableTime(MondayTen);
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false, clock: clock);
        var client = cluster.Client;
        var grid = await Cases.Grid(client, "JA-001");

        var reported = await grid.Report(Cases.RoadCleaning("JA-001")).Accepted();
        Assert.Equal("JA-001.1", reported.Id);
        Assert.Equal(MondayTen.AddHours(2), reported.Deadline);               // 2 working hours: 12:00 the same morning
        var other = await grid.Report(Cases.RoadCleaning("JA-001") with { Description = "第二件" }).Accepted();
        Assert.Equal(new CaseStats { Received = 2 }, await Cases.Stats(grid));

        var id = reported.Id;
        await Cases.Go(client, id, CaseStatus.Dispatched, unit: "环卫处");
        await Cases.Go(client, id, CaseStatus.Handling);
        await Cases.Go(client, id, CaseStatus.Rectified);
        var stats = await Cases.Stats(grid);
        Assert.Equal(new CaseStats { Received = 2, Handled = 1 }, stats);
        Assert.Equal(0.5, stats.HandlingRate);

        await Cases.Go(client, id, CaseStatus.Rework, by: "verifier");
        stats = await Cases.Stats(grid);
        Assert.Equal(new CaseStats { Received = 2, Handled = 1, Reworked = 1 }, stats);
        Assert.Equal(1.0, stats.ReworkRate);

        await Cases.Go(client, id, CaseStatus.Handling);
        await Cases.Go(client, id, CaseStatus.Rectified);
        await Cases.Go(client, id, CaseStatus.Verified, by: "verifier");
        var noEvidence = await Cases.Try(client, id, CaseStatus.Closed).Refused(RefusalKind.NotAllowedNow); // no evidence yet
        Assert.Equal((id, CaseStatus.Verified), (Assert.IsType<CaseView>(noEvidence.Current).Id, ((CaseView)noEvidence.Current!).Status));
        await client.GetGrain<ICaseGrain>(id).AddPhoto(1).Accepted();
        clock.Now = MondayTen.AddHours(1);
        var closed = await Cases.Go(client, id, CaseStatus.Closed);
        Assert.True(closed.ClosedOnTime);
        Assert.Equal("verifier", closed.Verifier);
        Assert.Equal(1, closed.ReworkCount);

        stats = await Cases.Stats(grid);
        Assert.Equal(new CaseStats { Received = 2, Handled = 1, Closed = 1, ClosedOnTime = 1, Reworked = 1 }, stats);
        Assert.Equal((0.5, 0.5, 1.0, 1.0), (stats.HandlingRate, stats.ClosureRate, stats.OnTimeRate, stats.ReworkRate));

        var unit = (await grid.GetRow())!.Units["环卫处"];                     // the other case was never dispatched
        Assert.Equal(new CaseStats { Received = 1, Handled = 1, Closed = 1, ClosedOnTime = 1, Reworked = 1 }, unit);
        Assert.Equal(CaseStatus.Reported, (await client.GetGrain<ICaseGrain>(other.Id).Get())!.Status);
        await Cases.Try(client, id, CaseStatus.Rework).Refused(RefusalKind.NotAllowedNow); // closed is final
    }

    [Fact]
    public async Task Counts_survive_a_restart_and_the_grid_table_shows_them()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var cluster = await GrainCluster.StartAsync(database, seed: false))
        {
            var grid = await Cases.Grid(cluster.Client, "JA-002");
            var c = await grid.Report(Cases.RoadCleaning("JA-002")).Accepted();
            await Cases.Go(cluster.Client, c.Id, CaseStatus.Dispatched, unit: "环卫处");
        }

        await using var again = await GrainCluster.StartAsync(database, seed: false);
        var rows = await again.Client.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List();
        var row = Assert.Single(rows);
        Assert.Equal(new CaseStats { Received = 1 }, row.Stats);
        Assert.Equal(new CaseStats { Received = 1 }, row.Units["环卫处"]);
        var next = await again.Client.GetGrain<IGridGrain>("JA-002").Report(Cases.RoadCleaning("JA-002")).Accepted();
        Assert.Equal("JA-002.2", next.Id);
    }

    [Fact]
    public async Task Unknown_grids_and_categories_are_refused_and_nothing_is_counted()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false);
        var unknown = await cluster.Client.GetGrain<IGridGrain>("NOPE").Report(Cases.RoadCleaning("NOPE")).Refused(RefusalKind.Invalid);
        Assert.Equal("gridCode", unknown.Field);

        var grid = await Cases.Grid(cluster.Client, "JA-003");
        var bad = await grid.Report(Cases.RoadCleaning("JA-003") with { Subcategory = "不存在" }).Refused(RefusalKind.Invalid);
        Assert.Equal("subcategory", bad.Field);
        Assert.Equal(CaseStats.Zero, await Cases.Stats(grid));
    }

    [Fact]
    public async Task Closing_a_case_of_a_counted_category_moves_the_task_through_its_progress_path()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: true);
        var client = cluster.Client;
        var snapshot = (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!;
        var task = snapshot.Lines.SelectMany(l => l.Tasks).First(t => t.Target.Kind == TargetKind.Quantity && t.Target.Baseline == 0);
        await client.GetGrain<ICaseRulesGrain>(DemoCampaign.Id).LinkTask(new CaseTaskLink { TaskId = task.Id, Category = "市容环境" });
        var grid = await Cases.Grid(client, "JA-004", DemoCampaign.Id);
        var historyBefore = (await client.GetGrain<ITaskGrain>(task.Id).GetHistory()).Count;

        var c = await grid.Report(Cases.RoadCleaning("JA-004")).Accepted();
        foreach (var to in new[] { CaseStatus.Dispatched, CaseStatus.Handling, CaseStatus.Rectified, CaseStatus.Verified })
        {
            await Cases.Go(client, c.Id, to, unit: "环卫处");
        }

        await client.GetGrain<ICaseGrain>(c.Id).AddPhoto(9).Accepted();
        await Cases.Go(client, c.Id, CaseStatus.Closed, by: "office");

        var after = (await client.GetGrain<ITaskGrain>(task.Id).GetView())!;
        Assert.Equal((task.Actual ?? 0) + 1, after.Actual);
        var history = await client.GetGrain<ITaskGrain>(task.Id).GetHistory();
        Assert.Equal(historyBefore + 1, history.Count);
        Assert.Equal("office", history[^1].By);
        Assert.Contains(c.Id, history[^1].Note);
        var line = (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Lines.SelectMany(l => l.Tasks).Single(t => t.Id == task.Id);
        Assert.Equal(after.Actual, line.Actual);                                // the campaign (and so the wall) saw it
    }
}
