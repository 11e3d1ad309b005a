namespace CommandCenter.Tasks;

/// <summary>
/// Reads of the <c>task_history</c> table (migration 0006; its rows are appended by <see cref="TaskWriteStatement"/>):
/// one task's entries, a campaign's across tasks (burn-up charts, the office's audit) and task values at an instant
/// (briefings). Reads across tasks take each task's current version and, like the task grain, ignore an entry whose
/// version the task never reached (its state write failed after the append).
/// </summary>
public sealed class TaskHistory(NpgsqlDataSource dataSource)
{
    private const string Columns = "h.task_id, h.version, h.campaign_id, h.recorded_at, h.recorded_by, h.value_before, h.value_after, h.note, h.evidence_ids";

    /// <summary>The task's entries up to <paramref name="version"/>, oldest first.</summary>
    public async Task<IReadOnlyList<TaskChange>> Of(string taskId, int version)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM task_history h WHERE h.task_id = @task AND h.version <= @version ORDER BY h.version");
        command.Parameters.AddWithValue("task", taskId);
        command.Parameters.AddWithValue("version", version);
        return await Read(command);
    }

    /// <summary>
    /// The campaign's entries of <paramref name="tasks"/>: all of them oldest first when <paramref name="filter"/> is
    /// null, otherwise those matching it, newest first.
    /// </summary>
    public async Task<List<TaskChange>> OfCampaign(string campaignId, IReadOnlyList<TaskView> tasks, HistoryFilter? filter)
    {
        var order = filter is null ? "ASC" : "DESC";
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns}
            FROM task_history h
            JOIN unnest(@tasks, @versions) AS t(task_id, version) ON t.task_id = h.task_id AND h.version <= t.version
            WHERE h.campaign_id = @campaign
              AND (@user::text IS NULL OR h.recorded_by = @user)
              AND (@from::timestamptz IS NULL OR h.recorded_at >= @from)
              AND (@to::timestamptz IS NULL OR h.recorded_at < @to)
            ORDER BY h.recorded_at {order}, h.version {order}
            LIMIT @limit
            """);
        Bind(command, campaignId, tasks);
        command.Parameters.Add(new NpgsqlParameter<string?>("user", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = filter?.User });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter?.From?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter?.To?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", filter?.Limit ?? int.MaxValue);
        return await Read(command);
    }

    /// <summary>Each task's value as of <paramref name="at"/>: the last recorded update before it (entries the task reached only).</summary>
    public async Task<Dictionary<string, decimal>> ValuesAt(string campaignId, IReadOnlyList<TaskView> tasks, DateTimeOffset at)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT DISTINCT ON (h.task_id) h.task_id, h.value_after
            FROM task_history h
            JOIN unnest(@tasks, @versions) AS t(task_id, version) ON t.task_id = h.task_id AND h.version <= t.version
            WHERE h.campaign_id = @campaign AND h.recorded_at < @at
            ORDER BY h.task_id, h.recorded_at DESC, h.version DESC
            """);
        Bind(command, campaignId, tasks);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            values[reader.GetString(0)] = reader.GetDecimal(1);
        }

        return values;
    }

    private static void Bind(NpgsqlCommand command, string campaignId, IReadOnlyList<TaskView> tasks)
    {
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("tasks", tasks.Select(t => t.Id).ToArray());
        command.Parameters.AddWithValue("versions", tasks.Select(t => t.Version).ToArray());
    }

    private static async Task<List<TaskChange>> Read(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var changes = new List<TaskChange>();
        while (await reader.ReadAsync())
        {
            changes.Add(new TaskChange
            {
                TaskId = reader.GetString(0),
                Version = reader.GetInt32(1),
                CampaignId = reader.GetString(2),
                At = reader.GetFieldValue<DateTimeOffset>(3),
                By = reader.GetString(4),
                Before = reader.IsDBNull(5) ? null : reader.GetDecimal(5),
                After = reader.GetDecimal(6),
                Note = reader.GetString(7),
                EvidenceIds = reader.GetFieldValue<Guid[]>(8),
            });
        }

        return changes;
    }
}
