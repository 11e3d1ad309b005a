using CommandCenter.Storage;
using CommandCenter.Storage.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommandCenter.Grains.Tests;

[Collection(PostgresCollection.Name)]
public sealed class StorageTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Migrations_run_twice_without_harm()
    {
        var settings = new StorageSettings { ConnectionString = await postgres.CreateDatabaseAsync() };
        await using (var first = await CommandCenterDatabase.OpenAsync(settings, NullLogger.Instance))
        {
            Assert.Equal(SchemaMigrator.Versions, await Applied(first));
        }

        await using var second = await CommandCenterDatabase.OpenAsync(settings, NullLogger.Instance);
        Assert.Empty(await SchemaMigrator.MigrateAsync(second.DataSource, NullLogger.Instance));
        Assert.Equal(SchemaMigrator.Versions, await Applied(second));
    }

    [Fact]
    public async Task Concurrent_startups_apply_each_migration_once()
    {
        var settings = new StorageSettings { ConnectionString = await postgres.CreateDatabaseAsync() };
        var opened = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => CommandCenterDatabase.OpenAsync(settings, NullLogger.Instance)));
        try
        {
            Assert.Equal(SchemaMigrator.Versions, await Applied(opened[0]));
        }
        finally
        {
            foreach (var database in opened)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Grain_state_is_stored_as_plain_json_without_type_names()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await using (var cluster = await GrainCluster.StartAsync(connectionString))
        {
            await cluster.Client.GetGrain<ITaskGrain>("dagan100.1.4").ReportProgress(new ProgressReport { Value = 4, Note = "演练", By = "tester" }).Accepted();
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT convert_from(payload, 'UTF8') FROM task_state WHERE task_id = 'dagan100.1.4'", connection);
        var json = (string?)await command.ExecuteScalarAsync();
        Assert.NotNull(json);
        Assert.Contains("\"actual\":4", json);
        Assert.Contains("演练", json);
        Assert.DoesNotContain("$type", json);
        Assert.DoesNotContain("CommandCenter.Grains", json);
    }

    [Fact]
    public async Task Task_states_stored_by_the_generic_grain_storage_carry_over_to_task_state()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        TaskView updated;
        await using (var cluster = await GrainCluster.StartAsync(connectionString))
        {
            updated = await cluster.Client.GetGrain<ITaskGrain>("dagan100.1.4").ReportProgress(new ProgressReport { Value = 4, Note = "升级前", By = "tester" }).Accepted();
        }

        // The database as it was before migration 0020 (and so before 0090, whose view reads task_state): task states in orleans_grain_state under the state name "task",
        // with the storage's own row version (not the task's).
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var downgrade = new NpgsqlCommand("""
                INSERT INTO orleans_grain_state (service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_ext, payload, version)
                SELECT service_id, 'task', 0, 0, task_id, payload, 1 FROM task_state;
                DROP VIEW unit_references;
                DROP TABLE task_state;
                DELETE FROM schema_migrations WHERE version IN ('0020_task_state', '0090_units');
                """, connection);
            await downgrade.ExecuteNonQueryAsync();
        }

        await using var upgraded = await GrainCluster.StartAsync(connectionString);
        var task = upgraded.Client.GetGrain<ITaskGrain>("dagan100.1.4");
        var view = (await task.GetView())!;
        Assert.Equal((updated.Version, 4m, "升级前"), (view.Version, view.Actual, view.LastUpdate!.Note));
        Assert.Equal("升级前", (await task.GetHistory())[^1].Note);
        var next = await task.ReportProgress(new ProgressReport { Value = 5, By = "tester" }).Accepted();
        Assert.Equal(updated.Version + 1, next.Version);
    }

    private static async Task<List<string>> Applied(CommandCenterDatabase database)
    {
        await using var command = database.DataSource.CreateCommand("SELECT version FROM schema_migrations ORDER BY version");
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<string>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }
}
