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
            reported = await first.Client.GetGrain<ITaskGrain>(TaskId).ReportProgress(new ProgressReport { Value = 123, Note = "第一批", By = "tester" });
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

        await Assert.ThrowsAsync<InvalidProgressException>(() => task.ReportProgress(new ProgressReport { Value = -5, By = "tester" }));

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
        await Assert.ThrowsAsync<TaskNotFoundException>(() => task.ReportProgress(new ProgressReport { Value = 1, By = "tester" }));
    }
}
