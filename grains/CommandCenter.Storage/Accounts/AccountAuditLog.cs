namespace CommandCenter.Accounts;

/// <summary>The account audit in the <c>account_audit</c> table (migration 0051).</summary>
public sealed class AccountAuditLog(NpgsqlDataSource dataSource)
{
    public const int MaxRows = 1000;

    /// <summary>Appends <paramref name="entry"/>; its subject is kept to 256 characters, without NULs (a refused sign-in may name anything).</summary>
    public async Task Add(AccountAuditEntry entry)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO account_audit (at, action, subject, actor, address, detail) VALUES (@at, @action, @subject, @actor, @address, @detail)");
        command.Parameters.AddWithValue("at", entry.At);
        command.Parameters.AddWithValue("action", entry.Action);
        command.Parameters.AddWithValue("subject", Cap(entry.Subject));
        command.Parameters.AddWithValue("actor", (object?)entry.Actor ?? DBNull.Value);
        command.Parameters.AddWithValue("address", (object?)entry.Address ?? DBNull.Value);
        command.Parameters.AddWithValue("detail", (object?)entry.Detail ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The newest entries first (at most <see cref="MaxRows"/>), optionally of one account.</summary>
    public async Task<IReadOnlyList<AccountAuditEntry>> Newest(string? subject, int limit)
    {
        await using var command = dataSource.CreateCommand(
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

    private static string Cap(string value) => (value.Length > 256 ? value[..256] : value).Replace("\0", "");
}
