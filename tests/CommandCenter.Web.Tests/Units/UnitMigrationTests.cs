using CommandCenter.Storage.LocalServer;
using CommandCenter.Storage.Migrations;
using CommandCenter.Storage.Operations;
using CommandCenter.Storage.Units;
using CommandCenter.Web.Tests.Browser;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommandCenter.Web.Tests.Units;

/// <summary>
/// Migration 0090 on a database created by the previous schema: the previous release's database (restored from
/// Operations/Fixtures, with a task update, a weekly report, a notice, a case, an account and grids written by that
/// build), its case dispatched the old way (the unit's name in the case's state and its ledger row), then migrated.
/// </summary>
public sealed class UnitMigrationTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private const string CaseUnit = "城北街道环卫所";

    [Fact]
    public async Task Every_existing_task_report_notice_and_case_stays_attached_to_its_unit()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        var dump = Path.Combine(RepositoryFolder.Find(), "tests", "CommandCenter.Web.Tests", "Operations", "Fixtures", "release-37d9c9d.dump");
        await DatabaseBackup.RestoreAsync(connectionString, PostgresBinaries.Find(null), dump);
        await using var data = NpgsqlDataSource.Create(connectionString);
        await Execute(data, $$"""
            UPDATE orleans_grain_state SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb, '{case,unit}', '"{{CaseUnit}}"')::text, 'UTF8')
            WHERE grain_type = 'case';
            UPDATE case_ledger SET unit = '{{CaseUnit}}';
            """);
        Assert.DoesNotContain("0090_units", await Scalar<string[]>(data, "SELECT array_agg(version) FROM schema_migrations"));

        await SchemaMigrator.MigrateAsync(data, NullLogger.Instance);

        var store = new UnitStore(data);
        var references = await store.References();
        Assert.All(references, r => Assert.True(r.UnitId is not null, $"{r.Kind} {r.Record} ({r.UnitName}) lost its unit"));
        var units = (await store.List()).ToDictionary(u => u.Name, u => u.Id);
        int? UnitOf(string kind, string record) => references.Where(r => r.Kind == kind && r.Record == record).Select(r => r.UnitId).FirstOrDefault();

        // Each kind of record, and each one's own unit: the task's owner, the report's unit, the notice's, the case's.
        var tasks = references.Where(r => r.Kind == "task").Select(r => r.Record).Distinct().ToList();
        Assert.Equal(await Scalar<long>(data, "SELECT count(*) FROM task_state"), tasks.Count);
        Assert.Equal(units["城防办"], UnitOf("task", "dagan100.1.1"));
        Assert.Equal(units["计划财务处"], UnitOf("line", "dagan100/二"));
        Assert.Equal(units["城防办"], UnitOf("report", "dagan100/2026-11-30"));
        Assert.Equal(units["城防办"], UnitOf("notice", await Scalar<string>(data, "SELECT grain_id_ext FROM orleans_grain_state WHERE grain_type = 'notice'")));
        Assert.Equal(units[CaseUnit], UnitOf("case", "JA-001.1"));
        Assert.Equal(units["城防办"], UnitOf("account", "ops-unit-head"));
        Assert.Equal(units["城北街道"], UnitOf("grid", "JA-001"));
        Assert.Equal(["account", "case", "grid", "line", "notice", "report", "task", "task co-unit"], references.Select(r => r.Kind).Distinct().Order(StringComparer.Ordinal));

        // Kinds read from the names, every name once.
        var entries = await store.List();
        Assert.Equal(entries.Count, entries.Select(u => u.Name).Distinct().Count());
        Assert.Equal(CommandCenter.Units.UnitKind.Subdistrict, entries.Single(u => u.Name == "城北街道").Kind);
        Assert.Equal(CommandCenter.Units.UnitKind.Department, entries.Single(u => u.Name == "城防办").Kind);
    }

    private static async Task Execute(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
