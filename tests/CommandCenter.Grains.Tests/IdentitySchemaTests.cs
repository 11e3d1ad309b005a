using CommandCenter.Accounts;
using CommandCenter.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CommandCenter.Grains.Tests;

/// <summary>
/// The Identity tables are created by the SQL migration 0005, while Identity reads and writes them through the EF Core
/// model <see cref="AuthDbContext"/>. Both are applied to empty databases of a real PostgreSQL and their catalogs
/// compared, so a change to either one without the other fails here instead of at a sign-in.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class IdentitySchemaTests(PostgresFixture postgres)
{
    [Fact]
    public async Task The_migrations_create_the_identity_tables_exactly_as_the_account_model_describes_them()
    {
        var migrated = await postgres.CreateDatabaseAsync();
        // Opening the database applies every migration.
        await (await CommandCenterDatabase.OpenAsync(new StorageSettings { ConnectionString = migrated }, NullLogger.Instance)).DisposeAsync();

        var modelled = await postgres.CreateDatabaseAsync();
        List<string> tables;
        await using (var context = new AuthDbContext(new DbContextOptionsBuilder<AuthDbContext>().UseNpgsql(modelled).Options))
        {
            await Execute(modelled, context.Database.GenerateCreateScript());
            tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()!).ToList();
        }

        // Identity's tables the migrations create beyond the model's count too: a table added by hand must be modelled.
        tables = tables.Union(await IdentityTables(migrated)).Order(StringComparer.Ordinal).ToList();
        Assert.Contains("AspNetUsers", tables);
        Assert.Contains("DataProtectionKeys", tables);

        var expected = await Catalog(modelled, tables);
        Assert.Contains("AspNetUsers.SecurityStamp text null", expected);
        Assert.Equal(expected, await Catalog(migrated, tables));
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<List<string>> IdentityTables(string connectionString) =>
        await Rows(connectionString, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'AspNet%'", []);

    /// <summary>Every column (type, length, nullability, default, identity), constraint and index of the tables, sorted.</summary>
    private static async Task<List<string>> Catalog(string connectionString, IReadOnlyList<string> tables)
    {
        const string Columns = """
            SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END
                   || coalesce(' default ' || column_default, '') || CASE WHEN is_identity = 'YES' THEN ' identity ' || identity_generation ELSE '' END
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ANY(@tables)
            """;
        const string Constraints = """
            SELECT t.relname || ' constraint ' || c.conname || ': ' || pg_get_constraintdef(c.oid)
            FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = 'public' AND t.relname = ANY(@tables)
            """;
        const string Indexes = "SELECT tablename || ' index ' || indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(@tables)";
        var catalog = new List<string>();
        foreach (var sql in new[] { Columns, Constraints, Indexes })
        {
            catalog.AddRange(await Rows(connectionString, sql, tables));
        }

        return catalog.Order(StringComparer.Ordinal).ToList();
    }

    private static async Task<List<string>> Rows(string connectionString, string sql, IReadOnlyList<string> tables)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (sql.Contains("@tables", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("tables", tables.ToArray());
        }

        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
