using Npgsql;

namespace CommandCenter.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class TaskHistoryTests(PostgresFixture postgres)
{
    private const string TaskId = "dagan100.1.4"; // seeded with two updates

    [Fact]
    public async Task Every_update_is_in_the_history_with_before_and_after_and_survives_a_restart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        int seeded;
        await using (var first = await GrainCluster.StartAsync(connectionString))
        {
            var task = first.Client.GetGrain<ITaskGrain>(TaskId);
            seeded = (await task.GetHistory()).Count;
            Assert.True(seeded > 0, "the demo task comes with its seeded updates");
            var start = (await task.GetView())!.Actual;
            await task.ReportProgress(new ProgressReport { Value = 4, Note = "第四次演练", By = "甲" }).Accepted();
            await task.ReportProgress(new ProgressReport { Value = 5, Note = "第五次演练", By = "乙" }).Accepted();

            var history = await task.GetHistory();
            Assert.Equal(seeded + 2, history.Count);
            Assert.Equal((start, 4m, "甲"), (history[^2].Before, history[^2].After, history[^2].By));
            Assert.Equal((4m, 5m, "第五次演练"), (history[^1].Before, history[^1].After, history[^1].Note));
        }

        await using var second = await GrainCluster.StartAsync(connectionString);
        Assert.Equal(seeded + 2, (await second.Client.GetGrain<ITaskGrain>(TaskId).GetHistory()).Count);
    }

    [Fact]
    public async Task An_entry_left_by_a_failed_update_is_never_shown_and_is_replaced_by_the_next_update()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var cluster = await GrainCluster.StartAsync(connectionString);
        var task = cluster.Client.GetGrain<ITaskGrain>(TaskId);
        var view = (await task.GetView())!;
        var count = (await task.GetHistory()).Count;

        // What an update that appended its history entry but then failed to store its state leaves behind.
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var orphan = new NpgsqlCommand(
                "INSERT INTO task_history VALUES (@task, @version, 'dagan100', now(), 'ghost', 0, 999, 'never acknowledged')", connection);
            orphan.Parameters.AddWithValue("task", TaskId);
            orphan.Parameters.AddWithValue("version", view.Version + 1);
            await orphan.ExecuteNonQueryAsync();
        }

        Assert.Equal(count, (await task.GetHistory()).Count);
        await task.ReportProgress(new ProgressReport { Value = 6, Note = "真实更新", By = "丙" }).Accepted();
        var last = (await task.GetHistory())[^1];
        Assert.Equal((view.Version + 1, 6m, "丙"), (last.Version, last.After, last.By));
        Assert.Equal(count + 1, (await task.GetHistory()).Count);
    }
}
