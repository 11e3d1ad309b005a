using Npgsql;

namespace CommandCenter.Bench;

/// <summary>
/// The physical limit for P1: single-row upserts of a task-sized payload, one committed transaction each, from as
/// many concurrent connections as the deployment's API load uses, on the same database.
/// </summary>
public static class RawUpserts
{
    /// <summary>The server's durability settings, which the product and the raw limit share (they must be durable).</summary>
    public static async Task<string> Durability(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT string_agg(name || '=' || setting, ', ' ORDER BY name) FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method', 'commit_delay')");
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Bytes one acknowledged update writes in the product: its task's stored state plus one history row (averages over
    /// the database), so the raw limit upserts a payload of the same size.
    /// </summary>
    public static async Task<int> UpdateBytes(string connectionString)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT avg(octet_length(payload)) FROM task_state)::int + (SELECT avg(pg_column_size(h.*)) FROM task_history AS h)::int");
        return (int)(await command.ExecuteScalarAsync())!;
    }

    public static async Task<double> PerSecond(string connectionString, int workers, TimeSpan duration, int payloadBytes)
    {
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = workers + 2 }.ConnectionString);
        await using (var create = dataSource.CreateCommand("CREATE TABLE IF NOT EXISTS bench_upsert (id text PRIMARY KEY, version int NOT NULL, payload bytea NOT NULL)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var payload = new byte[payloadBytes];
        Random.Shared.NextBytes(payload);
        var until = DateTime.UtcNow + duration;
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(async worker =>
        {
            var done = 0;
            while (DateTime.UtcNow < until)
            {
                await using var command = dataSource.CreateCommand(
                    "INSERT INTO bench_upsert (id, version, payload) VALUES (@id, 1, @p) ON CONFLICT (id) DO UPDATE SET version = bench_upsert.version + 1, payload = EXCLUDED.payload");
                command.Parameters.AddWithValue("id", $"task-{worker}-{done % 16}");
                command.Parameters.AddWithValue("p", payload);
                await command.ExecuteNonQueryAsync();
                done++;
            }

            return done;
        }));
        return counts.Sum() / duration.TotalSeconds;
    }
}
