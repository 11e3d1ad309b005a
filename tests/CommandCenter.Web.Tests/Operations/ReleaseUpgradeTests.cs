using System.Text.Json;
using CommandCenter.Storage.LocalServer;
using CommandCenter.Storage.Migrations;
using CommandCenter.Storage.Operations;
using CommandCenter.Web.Tests.Browser;
using Npgsql;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// An upgrade from the previous release: its database (schema, migrations and grain state as that build wrote
/// them, kept in Operations/Fixtures, made by make-release-fixture.sh) is restored, the current build starts on it,
/// applies its migrations and reads every object; state it writes from then on carries the state version.
/// </summary>
public sealed class ReleaseUpgradeTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string Release = "release-37d9c9d";

    [Fact]
    public async Task The_current_build_upgrades_the_previous_release_s_database_and_reads_every_object()
    {
        var fixtures = Path.Combine(RepositoryFolder.Find(), "tests", "CommandCenter.Web.Tests", "Operations", "Fixtures");
        var data = JsonSerializer.Deserialize<DataOfEveryKind>(await File.ReadAllTextAsync(Path.Combine(fixtures, Release + ".json")), CommandCenterApp.Json)!;
        var connectionString = await postgres.CreateDatabaseAsync();
        await DatabaseBackup.RestoreAsync(connectionString, PostgresBinaries.Find(null), Path.Combine(fixtures, Release + ".dump"));
        var stateBefore = await TaskPayload(connectionString);
        Assert.DoesNotContain("stateVersion", stateBefore); // written before state versions existed

        await using var host = CommandCenterApp.Start(connectionString);
        Assert.Equal(SchemaMigrator.Versions, await Applied(connectionString));
        await data.Verify(host.BaseAddress);

        var admin = await host.AdminClient();
        (await admin.PostAsJsonAsync($"/api/tasks/{DataOfEveryKind.TaskId}/progress", new { value = 43, note = "升级后" })).EnsureSuccessStatusCode();
        var stateAfter = await TaskPayload(connectionString);
        Assert.StartsWith("{\"stateVersion\":1,", stateAfter);
        Assert.Contains("升级后", await admin.GetStringAsync($"/api/tasks/{DataOfEveryKind.TaskId}/history"));
        Assert.Contains(DataOfEveryKind.Note, await admin.GetStringAsync($"/api/tasks/{DataOfEveryKind.TaskId}/history"));
    }

    private static async Task<string> TaskPayload(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT convert_from(payload, 'UTF8') FROM task_state WHERE task_id = @id", connection);
        command.Parameters.AddWithValue("id", DataOfEveryKind.TaskId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> Applied(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations ORDER BY version", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var versions = new List<string>();
        while (await reader.ReadAsync())
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }
}
