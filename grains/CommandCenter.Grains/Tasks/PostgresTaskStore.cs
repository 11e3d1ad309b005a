using CommandCenter.Storage.Serialization;
using Npgsql;

namespace CommandCenter.Tasks;

/// <summary>
/// Task states in <c>task_state</c> (migration 0020) and their history in <c>task_history</c> (0006). Writes go
/// through the silo's <see cref="TaskGroupCommit"/>, so many tasks' writes share one transaction.
/// </summary>
public sealed class PostgresTaskStore(NpgsqlDataSource dataSource, string serviceId, TaskGroupCommit commits) : ITaskStore
{
    private static readonly JsonGrainStorageSerializer Json = new();

    public async Task<TaskState?> Read(string taskId)
    {
        await using var command = dataSource.CreateCommand("SELECT version, payload FROM task_state WHERE service_id = @service AND task_id = @task");
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var state = Json.Deserialize<TaskState>(new BinaryData(reader.GetFieldValue<byte[]>(1)));
        state.Version = reader.GetInt32(0);
        return state;
    }

    public Task Write(string taskId, int? expectedVersion, TaskState state, IReadOnlyList<TaskChange> history) =>
        commits.Write(new TaskWrite(taskId, expectedVersion, state.Version, Json.Serialize(state).ToArray(), history));

    public async Task<IReadOnlyList<TaskChange>> History(string taskId, int version)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT version, campaign_id, recorded_at, recorded_by, value_before, value_after, note, evidence_ids
            FROM task_history WHERE task_id = @task AND version <= @version ORDER BY version
            """);
        command.Parameters.AddWithValue("task", taskId);
        command.Parameters.AddWithValue("version", version);
        await using var reader = await command.ExecuteReaderAsync();
        var changes = new List<TaskChange>();
        while (await reader.ReadAsync())
        {
            changes.Add(new TaskChange
            {
                TaskId = taskId,
                Version = reader.GetInt32(0),
                CampaignId = reader.GetString(1),
                At = reader.GetFieldValue<DateTimeOffset>(2),
                By = reader.GetString(3),
                Before = reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                After = reader.GetDecimal(5),
                Note = reader.GetString(6),
                EvidenceIds = reader.GetFieldValue<Guid[]>(7),
            });
        }

        return changes;
    }
}
