using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

/// <summary>Many cases counting toward one task at once: the task applies every count to its own value, none is lost.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CaseCountGrainTests(PostgresFixture postgres)
{
    private const int Closes = 24;

    [Fact]
    public async Task Cases_closed_and_withdrawn_at_the_same_moment_each_count_exactly_once_toward_their_task()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: true);
        var client = cluster.Client;
        var task = (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Lines.SelectMany(l => l.Tasks)
            .First(t => t.Target.Kind == TargetKind.Quantity && t.Target.Baseline == 0);
        await client.GetGrain<ICaseRulesGrain>(DemoCampaign.Id).LinkTask(new CaseTaskLink { TaskId = task.Id, Category = "市容环境" });
        var grid = await Cases.Grid(client, "JA-021", DemoCampaign.Id);
        var taskGrain = client.GetGrain<ITaskGrain>(task.Id);
        var before = (await taskGrain.GetView())!;
        var ids = await Task.WhenAll(Enumerable.Range(0, Closes).Select(async _ =>
        {
            var c = (await grid.Report(Cases.RoadCleaning("JA-021"))).Value!;
            foreach (var to in new[] { CaseStatus.Dispatched, CaseStatus.Handling, CaseStatus.Rectified, CaseStatus.Verified })
            {
                await Cases.Go(client, c.Id, to, unit: "环卫处");
            }

            Assert.Null((await client.GetGrain<ICaseGrain>(c.Id).AddPhoto(9)).Refusal);
            return c.Id;
        }));

        await Task.WhenAll(ids.Select(id => Cases.Go(client, id, CaseStatus.Closed, by: "office")));

        var closed = (await taskGrain.GetView())!;
        Assert.Equal((before.Actual ?? 0) + Closes, closed.Actual!.Value);
        Assert.Equal(before.Version + Closes, closed.Version);
        var counted = (await taskGrain.GetHistory()).Where(h => h.Version > before.Version).ToList();
        Assert.Equal(Enumerable.Range(before.Version + 1, Closes), counted.Select(h => h.Version));
        Assert.All(counted, h => Assert.Equal((h.Before ?? 0) + 1, h.After));           // each from the value the one before left
        Assert.All(ids, id => Assert.Single(counted, h => h.Note.Contains($"案件 {id} 销号")));

        var withdrawn = ids.Take(Closes / 2).ToList();
        await Task.WhenAll(withdrawn.Select(id =>
            client.GetGrain<ICaseGrain>(id).Withdraw(new CaseWithdrawal { Reason = "重复上报", By = "office", AnyTime = true })));

        var after = (await taskGrain.GetView())!;
        Assert.Equal((before.Actual ?? 0) + Closes - withdrawn.Count, after.Actual!.Value);
        Assert.Equal(closed.Version + withdrawn.Count, after.Version);
        Assert.Equal(after.Actual, (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!
            .Lines.SelectMany(l => l.Tasks).Single(t => t.Id == task.Id).Actual);      // the campaign (and so the wall) saw the last one
    }

    [Fact]
    public async Task A_count_never_takes_a_task_below_zero_and_an_unknown_task_is_refused()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: true);
        var client = cluster.Client;
        var task = (await client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Lines.SelectMany(l => l.Tasks)
            .First(t => t.Target.Kind == TargetKind.Quantity);
        var grain = client.GetGrain<ITaskGrain>(task.Id);
        var raised = (await grain.CountCase(new CaseCount { Delta = 3, By = "office", Note = "案件销号" })).Value!;
        Assert.Equal(((decimal?)((task.Actual ?? 0) + 3), task.Version + 1), (raised.Actual, raised.Version));

        var view = (await grain.CountCase(new CaseCount { Delta = -(int)raised.Actual!.Value - 5, By = "office", Note = "撤回" })).Value!;

        Assert.Equal(((decimal?)0m, task.Version + 2), (view.Actual, view.Version));
        var last = (await grain.GetHistory())[^1];
        Assert.Equal((raised.Actual, 0m, "office", "撤回"), (last.Before, last.After, last.By, last.Note));
        var missing = await client.GetGrain<ITaskGrain>("dagan100.no-such-task").CountCase(new CaseCount { Delta = 1, By = "office" });
        Assert.Equal(RefusalKind.NotFound, missing.Refusal?.Kind);
    }
}
