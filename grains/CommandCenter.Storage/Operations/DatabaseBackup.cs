using CommandCenter.Storage.LocalServer;

namespace CommandCenter.Storage.Operations;

/// <summary>
/// Backs a database up to one file with <c>pg_dump</c> (custom format) and restores such a file into an empty
/// database with <c>pg_restore</c>, using the programs of the local PostgreSQL installation.
/// </summary>
public static class DatabaseBackup
{
    /// <summary>Writes a backup of the database <paramref name="connectionString"/> names to <paramref name="file"/>.</summary>
    public static async Task BackupAsync(string connectionString, string binFolder, string file, CancellationToken cancellationToken = default)
    {
        var target = Path.GetFullPath(file);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        var (conninfo, environment) = Conninfo(connectionString);
        await ProcessRunner.RunChecked(Path.Combine(binFolder, "pg_dump"),
            ["--format=custom", "--compress=6", "--no-owner", "--no-privileges", "--file", partial, "--dbname", conninfo], null, cancellationToken, environment);
        File.Move(partial, target, overwrite: true);
    }

    /// <summary>Restores <paramref name="file"/> into the database <paramref name="connectionString"/> names, which must be empty.</summary>
    /// <exception cref="StartupProblem">The file is missing or not a backup, or the database already holds data.</exception>
    public static async Task RestoreAsync(string connectionString, string binFolder, string file, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(file))
        {
            throw new StartupProblem($"There is no backup file {Path.GetFullPath(file)}: name the file a backup wrote (e.g. one in the backups folder).");
        }

        if (!await IsEmpty(connectionString, cancellationToken))
        {
            var database = new NpgsqlConnectionStringBuilder(connectionString);
            throw new StartupProblem(
                $"The database {database.Database} on {database.Host}:{database.Port} already holds data: restore into a new data folder (--Storage:DataDirectory=…) or an empty database.");
        }

        var (conninfo, environment) = Conninfo(connectionString);
        var (exitCode, output) = await ProcessRunner.Run(Path.Combine(binFolder, "pg_restore"),
            ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", conninfo, Path.GetFullPath(file)], null, cancellationToken, environment);
        if (exitCode != 0)
        {
            throw new StartupProblem($"pg_restore could not restore {Path.GetFullPath(file)} (nothing was restored): {output.Trim()}");
        }

        await ForgetSilos(connectionString, cancellationToken);
    }

    /// <summary>No silo recorded in a backup runs against the restored database: hosts starting on it must not wait to probe them.</summary>
    private static async Task ForgetSilos(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DO $$ BEGIN IF to_regclass('orleans_membership') IS NOT NULL THEN DELETE FROM orleans_membership; END IF; END $$", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<bool> IsEmpty(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! == 0;
    }

    /// <summary>A libpq connection string for the same server and database; the password goes in PGPASSWORD, not on a command line.</summary>
    private static (string Conninfo, IReadOnlyDictionary<string, string> Environment) Conninfo(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var conninfo = $"host='{builder.Host}' port={builder.Port} user='{builder.Username}' dbname='{builder.Database}'";
        var environment = new Dictionary<string, string>();
        if (builder.Password is { Length: > 0 } password)
        {
            environment["PGPASSWORD"] = password;
        }

        if (builder.SslMode is not SslMode.Disable and not SslMode.Prefer)
        {
            environment["PGSSLMODE"] = builder.SslMode.ToString().ToLowerInvariant() switch { "verifyca" => "verify-ca", "verifyfull" => "verify-full", var mode => mode };
        }

        return (conninfo, environment);
    }
}
