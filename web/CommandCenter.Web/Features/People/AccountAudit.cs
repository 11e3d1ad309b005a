using CommandCenter.Accounts;
using Npgsql;

namespace CommandCenter.Web.Features.People;

/// <summary>Writes and reads the account audit (kept by <see cref="AccountAuditLog"/>).</summary>
public sealed class AccountAudit(AccountAuditLog log, CommandCenter.Domain.DomainClock clock, ILogger<AccountAudit> logger)
{
    /// <summary>Records an entry; a failure to record is logged, never a reason to refuse the sign-in or change itself.</summary>
    public async Task Record(string action, string subject, string? actor = null, string? address = null, string? detail = null)
    {
        try
        {
            await log.Add(new AccountAuditEntry(clock.GetUtcNow(), action, subject, actor, address, detail));
        }
        catch (NpgsqlException exception)
        {
            logger.LogError(exception, "Could not record the account audit entry {Action} of {Subject}", action, subject);
        }
    }

    /// <summary>The newest entries first, optionally of one account.</summary>
    public Task<IReadOnlyList<AccountAuditEntry>> Newest(string? subject, int limit) => log.Newest(subject, limit);
}
