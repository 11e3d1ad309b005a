using Npgsql;

namespace CommandCenter.Tasks;

/// <summary>Task history in the <c>task_history</c> table (migration 0006).</summary>
public sealed class PostgresTaskHistory(NpgsqlDataSource dataSource) : ITaskHistory
{
    private const string Upsert = """
        INSERT INTO task_history (task_id, version, campaign_id, recorded_at, recorded_by, value_before, value_after, note, evidence_ids)
        VALUES (@task, @version, @campaign, @at, @by, @before, @after, @note, @evidence)
        ON CONFLICT (task_id, version) DO UPDATE SET
            campaign_id = EXCLUDED.campaign_id, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by,
            value_before = EXCLUDED.value_before, value_after = EXCLUDED.value_after, note = EXCLUDED.note,
            evidence_ids = EXCLUDED.evidence_ids
        """;

    public async Task Append(IReadOnlyList<TaskChange> changes)
    {
        await using var batch = dataSource.CreateBatch();
        foreach (var change in changes)
        {
            var command = new NpgsqlBatchCommand(Upsert);
            command.Parameters.AddWithValue("task", change.TaskId);
            command.Parameters.AddWithValue("version", change.Version);
            command.Parameters.AddWithValue("campaign", change.CampaignId);
            command.Parameters.AddWithValue("at", change.At.ToUniversalTime());
            command.Parameters.AddWithValue("by", change.By);
            command.Parameters.AddWithValue("before", (object?)change.Before ?? DBNull.Value);
            command.Parameters.AddWithValue("after", change.After);
            command.Parameters.AddWithValue("note", change.Note);
            command.Parameters.AddWithValue("evidence", change.EvidenceIds.ToArray());
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<TaskChange>> Read(string taskId, int version)
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
