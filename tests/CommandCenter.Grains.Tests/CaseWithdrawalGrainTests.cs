using CommandCenter.Seeding;
using Microsoft.Extensions.DependencyInjection;

namespace CommandCenter.Grains.Tests;

/// <summary>A withdrawn case (作废) counts nowhere: its grid, its unit, the ledger's figures and its task give back what it counted.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseWithdrawalGrainTests(PostgresFixture postgres)
{
    private static readonly DateTimeOffset MondayTen = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero); // 10:00 in Shanghai

    [Fact]
    public async Task Withdrawing_a_closed_case_takes_back_its_grid_unit_ledger_and_task_counts()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: true, clock: new MovableTime(MondayTen));
        var client = cluster.Client;
        var snapshot = (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!;
        var task = snapshot.Lines.SelectMany(l => l.Tasks).First(t => t.Target.Kind == TargetKind.Quantity && t.Target.Baseline == 0);
        await client.GetGrain<ICaseRulesGrain>(DemoCampaign.Id).LinkTask(new CaseTaskLink { TaskId = task.Id, Category = "市容环境" });
        var grid = await Cases.Grid(client, "JA-011", DemoCampaign.Id);
        var kept = await grid.Report(Cases.RoadCleaning("JA-011") with { Description = "保留的案件" }).Accepted();

        var c = await grid.Report(Cases.RoadCleaning("JA-011")).Accepted();
        foreach (var to in new[] { CaseStatus.Dispatched, CaseStatus.Handling, CaseStatus.Rectified, CaseStatus.Verified })
        {
            await Cases.Go(client, c.Id, to, unit: "环卫处");
        }

        await client.GetGrain<ICaseGrain>(c.Id).AddPhoto(9).Accepted();
        await Cases.Go(client, c.Id, CaseStatus.Closed, by: "office");
        Assert.Equal((task.Actual ?? 0) + 1, (await client.GetGrain<ITaskGrain>(task.Id).GetView())!.Actual);
        Assert.Equal(2, (await Cases.Stats(grid)).Received);

        var withdrawn = await client.GetGrain<ICaseGrain>(c.Id).Withdraw(new CaseWithdrawal { Reason = " 重复上报 ", By = "office", AnyTime = true }).Accepted();

        Assert.Equal(CaseStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("重复上报", withdrawn.WithdrawnReason);
        Assert.Equal((CaseStatus.Withdrawn, "office", "重复上报"), (withdrawn.Steps[^1].To, withdrawn.Steps[^1].By, withdrawn.Steps[^1].Note));
        Assert.Equal(new CaseStats { Received = 1 }, await Cases.Stats(grid));                  // only the kept case
        Assert.Equal(CaseStats.Zero, (await grid.GetRow())!.Units["环卫处"]);
        var after = (await client.GetGrain<ITaskGrain>(task.Id).GetView())!;
        Assert.Equal(task.Actual ?? 0, after.Actual);                                         // its close-out no longer counts
        Assert.Contains(c.Id, (await client.GetGrain<ITaskGrain>(task.Id).GetHistory())[^1].Note);

        var ledger = cluster.Cluster.GetSiloServiceProvider().GetRequiredService<CommandCenter.Ledger.ICaseLedger>();
        var row = (await ledger.Query(new CommandCenter.Ledger.CaseQuery { Grid = "JA-011", Status = CaseStatus.Withdrawn })).Items.Single();
        Assert.Equal((c.Id, "重复上报"), (row.Id, row.WithdrawnReason));                      // still listed, with its reason
        Assert.Equal([kept.Id], (await ledger.Query(new CommandCenter.Ledger.CaseQuery { Grid = "JA-011", Withdrawn = false })).Items.Select(i => i.Id));
        var tally = await ledger.Tally(DemoCampaign.Id, MondayTen.AddDays(-1), MondayTen.AddDays(1));
        Assert.Equal(1, tally.Sum(t => t.Facts.Received));

        await client.GetGrain<ICaseGrain>(c.Id).Withdraw(new CaseWithdrawal { Reason = "又一次", By = "office", AnyTime = true }).Refused(RefusalKind.NotAllowedNow);
        await Cases.Try(client, c.Id, CaseStatus.Rework).Refused(RefusalKind.NotAllowedNow);
        Assert.Equal(task.Actual ?? 0, (await client.GetGrain<ITaskGrain>(task.Id).GetView())!.Actual); // refused twice: nothing more taken back
    }

    [Fact]
    public async Task The_reporter_may_withdraw_only_their_own_case_and_only_within_its_first_hour()
    {
        var clock = new MovableTime(MondayTen);
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false, clock: clock);
        var client = cluster.Client;
        var grid = await Cases.Grid(client, "JA-012");
        var early = await grid.Report(Cases.RoadCleaning("JA-012")).Accepted();
        var late = await grid.Report(Cases.RoadCleaning("JA-012") with { Description = "第二件" }).Accepted();
        CaseWithdrawal ByReporter(string by = "grid-head") => new() { Reason = "误报", By = by };

        await client.GetGrain<ICaseGrain>(early.Id).Withdraw(ByReporter("someone-else")).Refused(RefusalKind.NotAllowedNow);
        await client.GetGrain<ICaseGrain>(early.Id).Withdraw(ByReporter() with { Reason = "  " }).Refused(RefusalKind.NotAllowedNow);
        clock.Now = MondayTen.AddMinutes(59);
        Assert.Equal(CaseStatus.Withdrawn, (await client.GetGrain<ICaseGrain>(early.Id).Withdraw(ByReporter()).Accepted()).Status);
        Assert.Equal(new CaseStats { Received = 1 }, await Cases.Stats(grid));

        clock.Now = MondayTen.AddMinutes(61);
        var refused = await client.GetGrain<ICaseGrain>(late.Id).Withdraw(ByReporter()).Refused(RefusalKind.NotAllowedNow);
        Assert.Contains("1 小时", refused.Reason);
        Assert.Equal(CaseStatus.Reported, (await client.GetGrain<ICaseGrain>(late.Id).Get())!.Status);
        Assert.Equal(new CaseStats { Received = 1 }, await Cases.Stats(grid));
        Assert.Equal(CaseStatus.Withdrawn, (await client.GetGrain<ICaseGrain>(late.Id).Withdraw(ByReporter("office") with { AnyTime = true }).Accepted()).Status);
        Assert.Equal(CaseStats.Zero, await Cases.Stats(grid));
    }
}
