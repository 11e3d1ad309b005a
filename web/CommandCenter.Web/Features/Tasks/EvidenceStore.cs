using System.Security.Cryptography;
using CommandCenter.Persistence;
using Npgsql;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>Evidence files in the <c>task_evidence</c> table: written once, committed before the upload is answered.</summary>
public sealed class EvidenceStore(CommandCenterDatabase database, CommandCenter.Domain.DomainClock clock)
{
    private const string Columns = "id, task_id, file_name, content_type, size_bytes, uploaded_at, uploaded_by";

    /// <summary>Stores content already accepted by <see cref="EvidenceRules.Check"/>.</summary>
    public async Task<EvidenceFile> Save(TaskView task, string fileName, byte[] content, string by)
    {
        var type = EvidenceRules.Detect(content) ?? throw new ArgumentException("Unchecked evidence content.", nameof(content));
        var file = new EvidenceFile(Guid.CreateVersion7(), task.Id, fileName, type.ContentType, content.Length, clock.GetUtcNow(), by);
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO task_evidence (id, task_id, campaign_id, file_name, content_type, size_bytes, sha256, content, uploaded_at, uploaded_by)
            VALUES (@id, @task, @campaign, @name, @type, @size, @sha, @content, @at, @by)
            """);
        command.Parameters.AddWithValue("id", file.Id);
        command.Parameters.AddWithValue("task", task.Id);
        command.Parameters.AddWithValue("campaign", task.CampaignId);
        command.Parameters.AddWithValue("name", fileName);
        command.Parameters.AddWithValue("type", file.ContentType);
        command.Parameters.AddWithValue("size", content.Length);
        command.Parameters.AddWithValue("sha", SHA256.HashData(content));
        command.Parameters.AddWithValue("content", content);
        command.Parameters.AddWithValue("at", file.UploadedAt.ToUniversalTime());
        command.Parameters.AddWithValue("by", by);
        await command.ExecuteNonQueryAsync();
        return file;
    }

    public async Task<IReadOnlyList<EvidenceFile>> List(string taskId)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM task_evidence WHERE task_id = @task ORDER BY uploaded_at, id");
        command.Parameters.AddWithValue("task", taskId);
        return await Read(command);
    }

    /// <summary>The files among <paramref name="ids"/> that belong to <paramref name="taskId"/>.</summary>
    public async Task<IReadOnlyList<EvidenceFile>> Find(string taskId, IReadOnlyCollection<Guid> ids)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns} FROM task_evidence WHERE task_id = @task AND id = ANY(@ids)");
        command.Parameters.AddWithValue("task", taskId);
        command.Parameters.AddWithValue("ids", ids.ToArray());
        return await Read(command);
    }

    public async Task<(EvidenceFile File, byte[] Content)?> Get(Guid id)
    {
        await using var command = database.DataSource.CreateCommand($"SELECT {Columns}, content FROM task_evidence WHERE id = @id");
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
