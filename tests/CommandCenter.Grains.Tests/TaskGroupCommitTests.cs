using CommandCenter.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Orleans.Storage;

namespace CommandCenter.Grains.Tests;

/// <summary>The silo's group commit of task writes, against a real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public sealed class TaskGroupCommitTests(PostgresFixture postgres)
{
    private const string Service = "group-commit-tests";

    [Fact]
    public async Task A_stale_row_fails_alone_and_leaves_no_history_while_its_batch_commits()
    {
        await using var database = await Open();
        await using var commits = new TaskGroupCommit(database.DataSource, Service, NullLogger<TaskGroupCommit>.Instance);
        var store = new PostgresTaskStore(database.DataSource, Service, commits);
        foreach (var id in new[] { "a", "b", "c", "lock1", "lock2" })
        {
            await store.Write(id, null, State(id, 1), [Change(id, 1)]);
        }

        await using var hold = await HeldCommitters.Hold(database, store);
        var a = store.Write("a", 1, State("a", 2), [Change("a", 2)]);
        var stale = store.Write("b", 7, State("b", 8), [Change("b", 8)]);
        var c = store.Write("c", 1, State("c", 2), [Change("c", 2)]);
        await hold.Release();
        await Task.WhenAll(a, c);
        await Assert.ThrowsAsync<InconsistentStateException>(() => stale);
        Assert.Equal((2, 2, 1), ((await store.Read("a"))!.Version, (await store.Read("c"))!.Version, (await store.Read("b"))!.Version));
        Assert.Equal([1, 2], (await store.History("a", 10)).Select(h => h.Version));
        Assert.Equal([1], (await store.History("b", 10)).Select(h => h.Version));
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_alone_and_the_rest_of_its_batch_is_retried_without_it_and_commits()
    {
        await using var database = await Open();
        await using var commits = new TaskGroupCommit(database.DataSource, Service, NullLogger<TaskGroupCommit>.Instance);
        var store = new PostgresTaskStore(database.DataSource, Service, commits);
        var ids = Enumerable.Range(0, 20).Select(i => $"t{i}").ToList();
        foreach (var id in ids.Append("lock1").Append("lock2"))
        {
            await store.Write(id, null, State(id, 1), [Change(id, 1)]);
        }

        await using var hold = await HeldCommitters.Hold(database, store);
        var writes = ids.ToDictionary(id => id, id => store.Write(id, 1, State(id, 2), [Change(id, 2) with { Note = id == "t13" ? "含\u0000" : "正常" }]));
        await hold.Release();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => writes["t13"]);
        Assert.Equal(PostgresErrorCodes.CharacterNotInRepertoire, refused.SqlState);
        await Task.WhenAll(writes.Where(w => w.Key != "t13").Select(w => w.Value));
        Assert.Equal(1, (await store.Read("t13"))!.Version);
        Assert.Equal([1], (await store.History("t13", 10)).Select(h => h.Version));
        foreach (var id in ids.Where(id => id != "t13"))
        {
            Assert.Equal(2, (await store.Read(id))!.Version);
            Assert.Equal([1, 2], (await store.History(id, 10)).Select(h => h.Version));
        }
    }

    [Fact]
    public async Task A_batch_the_database_cannot_commit_stores_none_of_its_writes_and_fails_each_of_them()
    {
        await using var database = await Open();
        await using var commits = new TaskGroupCommit(database.DataSource, Service, NullLogger<TaskGroupCommit>.Instance);
        var store = new PostgresTaskStore(database.DataSource, Service, commits);
        foreach (var id in new[] { "good", "bad", "lock1", "lock2" })
        {
            await store.Write(id, null, State(id, 1), [Change(id, 1)]);
        }

        // Not the data's fault (class 53, out of resources): splitting the batch would not help, every write fails.
        await using (var setup = await database.DataSource.OpenConnectionAsync())
        {
            await Execute(setup, """
                CREATE FUNCTION refuse_full() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN IF NEW.note = 'full' THEN RAISE EXCEPTION 'disk full' USING ERRCODE = 'disk_full'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse_full BEFORE INSERT ON task_history FOR EACH ROW EXECUTE FUNCTION refuse_full();
                """);
        }

        await using var hold = await HeldCommitters.Hold(database, store);
        var good = store.Write("good", 1, State("good", 2), [Change("good", 2)]);
        var bad = store.Write("bad", 1, State("bad", 2), [Change("bad", 2) with { Note = "full" }]);
        await hold.Release();
        await Assert.ThrowsAsync<PostgresException>(() => bad);
        await Assert.ThrowsAsync<PostgresException>(() => good);
        Assert.Equal((1, 1), ((await store.Read("good"))!.Version, (await store.Read("bad"))!.Version));
        Assert.Equal([1], (await store.History("good", 10)).Select(h => h.Version));

        // Nothing is left behind: the same write goes through on its own afterwards.
        await store.Write("good", 1, State("good", 2), [Change("good", 2)]);
        Assert.Equal([1, 2], (await store.History("good", 10)).Select(h => h.Version));
    }

    [Fact]
    public async Task Many_grains_writing_at_once_share_commits_and_every_acknowledged_update_survives_a_restart()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        List<TaskView> tasks;
        Dictionary<string, int> acknowledged;
        long commits;
        await using (var cluster = await GrainCluster.StartAsync(connectionString))
        {
            var snapshot = (await cluster.Client.GetGrain<ICampaignGrain>("dagan100").GetSnapshot())!;
            tasks = snapshot.Lines.SelectMany(l => l.Tasks).Where(t => t.Target.Kind == TargetKind.Quantity).ToList();
            var before = await TransactionId(connectionString);
            var results = await Task.WhenAll(tasks.Select(async t =>
            {
                var grain = cluster.Client.GetGrain<ITaskGrain>(t.Id);
                TaskView last = t;
                for (var i = 1; i <= 10; i++)
                {
                    last = await grain.ReportProgress(new ProgressReport { Value = 1000 + i, By = "load", Note = $"#{i}" }).Accepted();
                }

                return last;
            }));
            commits = await TransactionId(connectionString) - before - 1;
            acknowledged = results.ToDictionary(v => v.Id, v => v.Version);
            Assert.All(tasks, t => Assert.Equal(t.Version + 10, acknowledged[t.Id]));
        }

        Assert.True(tasks.Count >= 10, "the demo campaign has enough quantity tasks to write concurrently");
        Assert.True(commits < tasks.Count * 10, $"{tasks.Count * 10} updates took {commits} commits: writes of different grains share commits");

        await using var restarted = await GrainCluster.StartAsync(connectionString);
        foreach (var task in tasks)
        {
            var grain = restarted.Client.GetGrain<ITaskGrain>(task.Id);
            Assert.Equal((acknowledged[task.Id], 1010m), ((await grain.GetView())!.Version, (await grain.GetView())!.Actual));
            var history = await grain.GetHistory();
            Assert.Equal(Enumerable.Range(1, 10).Select(i => $"#{i}"), history.TakeLast(10).Select(h => h.Note));
        }

        var snapshot2 = (await restarted.Client.GetGrain<ICampaignGrain>("dagan100").GetSnapshot())!;
        Assert.All(snapshot2.Lines.SelectMany(l => l.Tasks).Where(t => acknowledged.ContainsKey(t.Id)), t => Assert.Equal(1010m, t.Actual));
    }

    [Fact]
    public async Task A_task_whose_write_did_not_commit_keeps_its_stored_state_and_takes_the_next_update()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using var cluster = await GrainCluster.StartAsync(connectionString);
        var task = cluster.Client.GetGrain<ITaskGrain>("dagan100.1.4");
        var before = (await task.GetView())!;
        var history = (await task.GetHistory()).Count;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await Execute(connection, """
                CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN IF NEW.note = 'boom' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$;
                CREATE TRIGGER refuse_boom BEFORE INSERT ON task_history FOR EACH ROW EXECUTE FUNCTION refuse_boom();
                """);
        }

        // The database refused this write's content (a trigger's RAISE): the answer is a refusal naming the note, nothing stored.
        Assert.Equal("note", (await task.ReportProgress(new ProgressReport { Value = 9, Note = "boom", By = "甲" }).Refused(RefusalKind.Invalid)).Field);
        var after = (await task.GetView())!;
        Assert.Equal((before.Version, before.Actual), (after.Version, after.Actual));
        Assert.Equal(history, (await task.GetHistory()).Count);

        var next = await task.ReportProgress(new ProgressReport { Value = 9, Note = "重试", By = "甲" }).Accepted();
        Assert.Equal(before.Version + 1, next.Version);
        Assert.Equal((before.Version + 1, "重试"), ((await task.GetHistory())[^1].Version, (await task.GetHistory())[^1].Note));
    }

    /// <summary>
    /// Both committers wait on rows ("lock1", "lock2") a transaction holds, so the writes queued meanwhile share one
    /// batch; <see cref="Release"/> commits the transaction and waits for the held writes.
    /// </summary>
    private sealed class HeldCommitters(NpgsqlConnection connection, NpgsqlTransaction transaction, Task[] held) : IAsyncDisposable
    {
        public static async Task<HeldCommitters> Hold(CommandCenterDatabase database, PostgresTaskStore store)
        {
            var connection = await database.DataSource.OpenConnectionAsync();
            var transaction = await connection.BeginTransactionAsync();
            await Execute(connection, "SELECT 1 FROM task_state WHERE task_id IN ('lock1', 'lock2') FOR UPDATE");
            var held = new[] { store.Write("lock1", 1, State("lock1", 2), [Change("lock1", 2)]), store.Write("lock2", 1, State("lock2", 2), [Change("lock2", 2)]) };
            await Task.Delay(300);
            return new HeldCommitters(connection, transaction, held);
        }

        public async Task Release()
        {
            await transaction.CommitAsync();
            await Task.WhenAll(held);
        }

        public async ValueTask DisposeAsync()
        {
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }

    private async Task<CommandCenterDatabase> Open() =>
        await CommandCenterDatabase.OpenAsync(new StorageSettings { ConnectionString = await postgres.CreateDatabaseAsync() }, NullLogger.Instance);

    private static TaskState State(string id, int version) => new() { Actual = version, Version = version };

    private static TaskChange Change(string id, int version) => new()
    {
        TaskId = id, CampaignId = "test", Version = version, At = DateTimeOffset.UtcNow, By = "tester", After = version, Note = "",
    };

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Takes the next transaction id: ids go only to transactions that write, so the difference of two such calls
    /// bounds from above how many writing transactions committed in between (plus one for the second call).
    /// </summary>
    private static async Task<long> TransactionId(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT txid_current()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
