using System.Collections.Concurrent;
using CommandCenter.Seeding;
using Npgsql;

namespace CommandCenter.Web.Tests;

/// <summary>
/// Databases as a host with the test defaults leaves them after its first start — migrated, with the administrator and
/// the demo drive — copied from a template that such a host prepares once per test process, so that a test's host finds
/// everything in place and skips the migrations and the seeding instead of redoing them.
/// </summary>
public static class SeededDatabases
{
    /// <summary>When each template's host started seeding, by template key.</summary>
    private static readonly ConcurrentDictionary<string, DateTimeOffset> SeededAt = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, bool> Copies = new(StringComparer.Ordinal);

    /// <summary>
    /// Settings under which a host migrates or seeds something else, or under other names: such a host, or one with its
    /// own services (a clock, say), needs an empty database from <see cref="PostgresFixture.CreateDatabaseAsync"/>.
    /// </summary>
    private static readonly string[] SeedingSettings =
        ["Demo:", "Admin:", "ConnectionStrings:", "Orleans:SeedDemoCampaign", "Orleans:ServiceId", "Orleans:ClusterId"];

    /// <summary>
    /// A fresh database holding what a host with the test defaults (<see cref="CommandCenterApp"/>: <c>Demo:History=false</c>,
    /// the system clock) migrates and seeds today; for hosts whose settings change nothing of that (checked at their start).
    /// </summary>
    public static async Task<string> CreateSeededDatabaseAsync(this PostgresFixture postgres)
    {
        // The demo drive is anchored to today in its time zone: a template seeded on another day would be stale.
        var key = $"demo-{DemoCampaign.Create(TimeProvider.System).Campaign.StartDate:yyyyMMdd}";
        var connectionString = await postgres.CreateDatabaseFromTemplateAsync(key, template => Seed(key, template));
        Copies[connectionString] = true;
        await Execute(connectionString, "UPDATE orleans_reminder SET start_time = start_time + @age", DateTimeOffset.UtcNow - SeededAt[key]);
        return connectionString;
    }

    private static async Task Seed(string key, string connectionString)
    {
        SeededAt[key] = DateTimeOffset.UtcNow;
        await using (CommandCenterApp.Start(connectionString))
        {
        }

        // The stopped silo's membership goes (its counter row takes the silo rows with it), as on a database no silo used.
        await Execute(connectionString, "DELETE FROM orleans_membership_version", null);
    }

    /// <summary>
    /// Runs one statement; <c>@age</c> shifts the reminders the seeding registered so that they fall due as long after
    /// a copy's host starts as after a seeding of its own (Orleans skips the ticks a reminder missed rather than firing them late).
    /// </summary>
    private static async Task Execute(string connectionString, string sql, TimeSpan? age)
    {
        // Unpooled: a pooled connection would stay open to every copy, and to the template, which must have none.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (age is { } value)
        {
            command.Parameters.AddWithValue("age", value);
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Refuses a seeded database to a host whose settings or services would have seeded it differently.</summary>
    internal static void CheckFits(string connectionString, IReadOnlyDictionary<string, string?>? settings, bool ownServices)
    {
        if (!Copies.ContainsKey(connectionString))
        {
            return;
        }

        var misfit = settings?.Keys.FirstOrDefault(k => SeedingSettings.Any(s => k.StartsWith(s, StringComparison.OrdinalIgnoreCase)));
        if (misfit is not null || ownServices)
        {
            throw new InvalidOperationException("A seeded database holds what a host with the test defaults seeds, but this host " +
                (misfit is null ? "brings its own services" : $"sets {misfit}") + ": give it an empty one (CreateDatabaseAsync).");
        }
    }
}
