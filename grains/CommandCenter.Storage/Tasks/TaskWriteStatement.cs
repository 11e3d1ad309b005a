
namespace CommandCenter.Tasks;

/// <summary>
/// The group commit's statement: many tasks' version-checked state rows and their history entries, as arrays, in one
/// statement (one implicit transaction). Returns the ids of the tasks whose state was written; the others were stale.
/// </summary>
internal static class TaskWriteStatement
{
    private const string Sql = """
        WITH input AS (
            SELECT * FROM unnest(@ids, @expected, @versions, @payloads) AS i(task_id, expected, version, payload)
        ),
        updated AS (
            UPDATE task_state AS s
               SET version = i.version, payload = i.payload, written_at = now()
              FROM input AS i
             WHERE s.service_id = @service AND s.task_id = i.task_id AND s.version = i.expected
            RETURNING s.task_id
        ),
        inserted AS (
            INSERT INTO task_state (service_id, task_id, version, payload)
            SELECT @service, i.task_id, i.version, i.payload FROM input AS i WHERE i.expected IS NULL
            ON CONFLICT (service_id, task_id) DO NOTHING
            RETURNING task_id
        ),
        written AS (
            SELECT task_id FROM updated UNION ALL SELECT task_id FROM inserted
        ),
        appended AS (
            INSERT INTO task_history (task_id, version, campaign_id, recorded_at, recorded_by, value_before, value_after, note, evidence_ids)
            SELECT h.task_id, h.version, h.campaign_id, h.recorded_at, h.recorded_by, h.value_before, h.value_after, h.note,
                   string_to_array(h.evidence, ',')::uuid[]
              FROM unnest(@h_tasks, @h_versions, @h_campaigns, @h_at, @h_by, @h_before, @h_after, @h_notes, @h_evidence)
                   AS h(task_id, version, campaign_id, recorded_at, recorded_by, value_before, value_after, note, evidence)
             WHERE h.task_id IN (SELECT task_id FROM written)
            ON CONFLICT (task_id, version) DO UPDATE SET
                campaign_id = EXCLUDED.campaign_id, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by,
                value_before = EXCLUDED.value_before, value_after = EXCLUDED.value_after, note = EXCLUDED.note,
                evidence_ids = EXCLUDED.evidence_ids
        )
        SELECT task_id FROM written
        """;

    public static async Task<HashSet<string>> Execute(NpgsqlDataSource dataSource, string serviceId, IReadOnlyList<TaskWrite> writes)
    {
        var history = writes.SelectMany(w => w.History).ToList();
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("ids", writes.Select(w => w.TaskId).ToArray());
        command.Parameters.AddWithValue("expected", writes.Select(w => w.ExpectedVersion).ToArray());
        command.Parameters.AddWithValue("versions", writes.Select(w => w.Version).ToArray());
        command.Parameters.AddWithValue("payloads", writes.Select(w => w.Payload).ToArray());
        command.Parameters.AddWithValue("h_tasks", history.Select(c => c.TaskId).ToArray());
        command.Parameters.AddWithValue("h_versions", history.Select(c => c.Version).ToArray());
        command.Parameters.AddWithValue("h_campaigns", history.Select(c => c.CampaignId).ToArray());
        command.Parameters.AddWithValue("h_at", history.Select(c => c.At.UtcDateTime).ToArray());
        command.Parameters.AddWithValue("h_by", history.Select(c => c.By).ToArray());
        command.Parameters.AddWithValue("h_before", history.Select(c => c.Before).ToArray());
        command.Parameters.AddWithValue("h_after", history.Select(c => c.After).ToArray());
        command.Parameters.AddWithValue("h_notes", history.Select(c => c.Note).ToArray());
        // Evidence ids per entry as one comma-separated text each (unnest cannot take an array of arrays).
        command.Parameters.AddWithValue("h_evidence", history.Select(c => string.Join(',', c.EvidenceIds)).ToArray());
        var written = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            written.Add(reader.GetString(0));
        }

        return written;
    }
}
