using CommandCenter.Persistence;
using Npgsql;

namespace CommandCenter.Web.Features.People;

/// <summary>Writes and reads the account audit (table <c>account_audit</c>).</summary>
public sealed class AccountAudit(CommandCenterDatabase database, CommandCenter.Domain.DomainClock clock, ILogger<AccountAudit> logger)
{
    public const int MaxRows = 1000;

    /// <summary>Records an entry; a failure to record is logged, never a reason to refuse the sign-in or change itself.</summary>
    public async Task Record(string action, string subject, string? actor = null, string? address = null, string? detail = null)
    {
        try
        {
            await using var command = database.DataSource.CreateCommand(
                "INSERT INTO account_audit (at, action, subject, actor, address, detail) VALUES (@at, @action, @subject, @actor, @address, @detail)");
            command.Parameters.AddWithValue("at", clock.GetUtcNow());
            command.Parameters.AddWithValue("action", action);
            command.Parameters.AddWithValue("subject", Cap(subject));
            command.Parameters.AddWithValue("actor", (object?)actor ?? DBNull.Value);
            command.Parameters.AddWithValue("address", (object?)address ?? DBNull.Value);
            command.Parameters.AddWithValue("detail", (object?)detail ?? DBNull.Value);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException exception)
        {
            logger.LogError(exception, "Could not record the account audit entry {Action} of {Subject}", action, subject);
        }
    }

    /// <summary>The newest entries first, optionally of one account.</summary>
    public async Task<IReadOnlyList<AccountAuditEntry>> Newest(string? subject, int limit)
    {
        await using var command = database.DataSource.CreateCommand(
            "SELECT at, action, subject, actor, address, detail FROM account_audit WHERE (@subject::text IS NULL OR subject = @subject) ORDER BY at DESC, id DESC LIMIT @limit");
        command.Parameters.AddWithValue("subject", (object?)subject ?? DBNull.Value);
        command.Parameters.AddWithValue("limit", Math.Clamp(limit, 1, MaxRows));
        await using var reader = await command.ExecuteReaderAsync();
        var entries = new List<AccountAuditEntry>();
        while (await reader.ReadAsync())
        {
            entries.Add(new AccountAuditEntry(reader.GetFieldValue<DateTimeOffset>(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return entries;
    }

    /// <summary>A refused sign-in may name anything; the audit keeps at most 256 characters of it, without NULs.</summary>
    private static string Cap(string value) => (value.Length > 256 ? value[..256] : value).Replace("\0", "");
}
