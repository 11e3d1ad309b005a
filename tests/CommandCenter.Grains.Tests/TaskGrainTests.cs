namespace CommandCenter.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class TaskGrainTests(PostgresFixture postgres)
{
    private const string TaskId = "dagan100.8.1";

    [Fact]
    public async Task Progress_survives_a_silo_restart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        TaskView reported;
        await using (var first = await GrainCluster.StartAsync(connectionString))
        {
            reported = await first.Client.GetGrain<ITaskGrain>(TaskId).ReportProgress(new ProgressReport { Value = 123, Note = "第一批", By = "tester" }).Accepted();
        }

        await using var second = await GrainCluster.StartAsync(connectionString);
        var view = await second.Client.GetGrain<ITaskGrain>(TaskId).GetView();
        Assert.NotNull(view);
        Assert.Equal(123, view.Actual);
        Assert.Equal(reported.Version, view.Version);
        Assert.Equal("第一批", view.LastUpdate?.Note);
    }

    [Fact]
    public async Task Invalid_progress_changes_nothing()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var task = cluster.Client.GetGrain<ITaskGrain>(TaskId);
        var before = await task.GetView();

        await task.ReportProgress(new ProgressReport { Value = -5, By = "tester" }).Refused(RefusalKind.Invalid);

        var after = await task.GetView();
        Assert.Equal(before!.Version, after!.Version);
        Assert.Equal(before.Actual, after.Actual);
        Assert.Equal(before.LastUpdate, after.LastUpdate);
    }

    [Fact]
    public async Task Unknown_task_is_reported_as_such()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false);
        var task = cluster.Client.GetGrain<ITaskGrain>("nope.1");
        Assert.Null(await task.GetView());
        await task.ReportProgress(new ProgressReport { Value = 1, By = "tester" }).Refused(RefusalKind.NotFound);
    }

    [Fact]
    public async Task A_stale_or_foreign_update_is_refused_with_the_current_task_and_stores_nothing()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var task = cluster.Client.GetGrain<ITaskGrain>(TaskId);
        var before = (await task.GetView())!;

        var stale = await task.ReportProgress(new ProgressReport { Value = 7, By = "tester", BaseVersion = before.Version - 1 }).Refused(RefusalKind.Stale);
        var current = Assert.IsType<TaskView>(stale.Current);
        Assert.Equal((before.Id, before.Version, before.Actual), (current.Id, current.Version, current.Actual));

        var foreign = await task.ReportProgress(new ProgressReport { Value = 7, By = "tester" }, "另一个单位").Refused(RefusalKind.Forbidden);
        Assert.Contains(before.OwnerUnit, foreign.Reason);
        Assert.Equal(before.Version, (await task.GetView())!.Version);

        var own = await task.ReportProgress(new ProgressReport { Value = 7, By = "tester", BaseVersion = before.Version }, before.OwnerUnit).Accepted();
        Assert.Equal(before.Version + 1, own.Version);
    }
}
