using System.Security.Cryptography;

namespace CommandCenter.Tasks;

/// <summary>Evidence files in the <c>task_evidence</c> table (migration 0007): written once, committed before the upload is answered.</summary>
public sealed class TaskEvidence(NpgsqlDataSource dataSource)
{
    private const string Columns = "id, task_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by";

    /// <summary>Stores <paramref name="file"/>'s row and bytes, as evidence of a task of <paramref name="campaignId"/>.</summary>
    public async Task Add(EvidenceFile file, string campaignId, byte[] content)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO task_evidence (id, task_id, campaign_id, file_name, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
            VALUES (@id, @task, @campaign, @name, @type, @size, @sha, @content, @at, @by)
            """);
        command.Parameters.AddWithValue("id", file.Id);
        command.Parameters.AddWithValue("task", file.TaskId);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("name", file.FileName);
        command.Parameters.AddWithValue("type", file.ContentType);
        command.Parameters.AddWithValue("size", content.Length);
        command.Parameters.AddWithValue("sha", SHA256.HashData(content));
        command.Parameters.AddWithValue("content", content);
        command.Parameters.AddWithValue("at", file.UploadedAt.ToUniversalTime());
        command.Parameters.AddWithValue("by", file.UploadedBy);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<IReadOnlyList<EvidenceFile>> List(string taskId)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM task_evidence WHERE task_id = @task ORDER BY uploaded_at, id");
        command.Parameters.AddWithValue("task", taskId);
        return await Read(command);
    }

    /// <summary>The files among <paramref name="ids"/> that belong to <paramref name="taskId"/>.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> Find(string taskId, IReadOnlyCollection<Guid> ids)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM task_evidence WHERE task_id = @task AND id = ANY(@ids)");
        command.Parameters.AddWithValue("task", taskId);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return await Read(command);
    }

    public async Task<(EvidenceFile File, byte[] Content)?> Get(Guid id)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns}, content FROM task_evidence WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (Row(reader), reader.GetFieldValue<byte[]>(7)) : null;
    }

    private static async Task<IReadOnlyList<EvidenceFile>> Read(NpgsqlCommand command)
    {
        await using var reader = await command.ExecuteReaderAsync();
        var files = new List<EvidenceFile>();
        while (await reader.ReadAsync())
        {
            files.Add(Row(reader));
        }

        return files;
    }

    private static EvidenceFile Row(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4),
        reader.GetFieldValue<DateTimeOffset>(5), reader.GetString(6));
}
