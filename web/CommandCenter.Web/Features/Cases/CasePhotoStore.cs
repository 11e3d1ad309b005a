using CommandCenter.Persistence;

namespace CommandCenter.Web.Features.Cases;

/// <summary>Case photos in the <c>case_photos</c> table (migration 0010).</summary>
public sealed class CasePhotoStore(CommandCenterDatabase database)
{
    public async Task<long> Add(string caseId, CasePhoto photo, string by, DateTimeOffset at)
    {
        await using var command = database.DataSource.CreateCommand("""
            INSERT INTO case_photos (case_id, content_type, size_bytes, content, uploaded_at, uploaded_by)
            VALUES (@case, @type, @size, @content, @at, @by) RETURNING id
            """);
        command.Parameters.AddWithValue("case", caseId);
        command.Parameters.AddWithValue("type", photo.ContentType);
        command.Parameters.AddWithValue("size", photo.Content.Length);
        command.Parameters.AddWithValue("content", photo.Content);
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("by", by);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Removes a photo whose attachment to its case failed, so nothing unacknowledged stays stored.</summary>
    public async Task Remove(long id)
    {
        await using var command = database.DataSource.CreateCommand("DELETE FROM case_photos WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<CasePhoto?> Get(string caseId, long id)
    {
        await using var command = database.DataSource.CreateCommand("SELECT content_type, content FROM case_photos WHERE id = @id AND case_id = @case");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("case", caseId);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new CasePhoto(reader.GetString(0), (byte[])reader[1]) : null;
    }

    public async Task<int> Count(string caseId)
    {
        await using var command = database.DataSource.CreateCommand("SELECT count(*) FROM case_photos WHERE case_id = @case");
        command.Parameters.AddWithValue("case", caseId);
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }
}
