using System.Reflection;

namespace CommandCenter.Storage.Migrations;

/// <summary>
/// Applies the versioned SQL files embedded in this assembly (Migrations/NNNN_name.sql) in order, each once and in
/// its own transaction, under an advisory lock so that processes starting together do not race.
/// </summary>
public static class SchemaMigrator
{
    private const long AdvisoryLockKey = 0x43_6F_6D_6D_61_6E_64; // "Command"
    private const string ResourcePrefix = "CommandCenter.Migrations.";

    /// <summary>The embedded migrations, in the order they apply.</summary>
    public static IReadOnlyList<string> Versions { get; } = typeof(SchemaMigrator).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => n[ResourcePrefix.Length..^".sql".Length])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <returns>The versions applied by this call.</returns>
    public static async Task<IReadOnlyList<string>> MigrateAsync(NpgsqlDataSource dataSource, ILogger logger, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await Execute(connection,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            var applied = await AppliedVersions(connection, cancellationToken);
            var done = new List<string>();
            foreach (var version in Versions.Where(v => !applied.Contains(v)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await Execute(connection, Read(version), cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version) VALUES (@version)", connection);
                record.Parameters.AddWithValue("version", version);
                await record.ExecuteNonQueryAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                logger.LogInformation("Applied database migration {Version}", version);
                done.Add(version);
            }

            return done;
        }
        finally
        {
            await Execute(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task<HashSet<string>> AppliedVersions(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var versions = new HashSet<string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT version FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetString(0));
        }

        return versions;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Read(string version)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourcePrefix + version + ".sql")
            ?? throw new InvalidOperationException($"Migration {version} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
