using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// Is the security stamp a principal carries still the account's? Identity changes the stamp when the office
/// disables an account, changes its role, unit or grids, or a password is reset or changed. A principal whose stamp
/// matches is believed for <see cref="SecurityStampValidatorOptions.ValidationInterval"/>; any other makes this host
/// read the account again, so a change is seen everywhere within that interval.
/// </summary>
public sealed class AccountStamps(IServiceScopeFactory scopes, IMemoryCache cache, IOptions<SecurityStampValidatorOptions> validation, IOptions<IdentityOptions> identity)
{
    /// <param name="principal">The user of a request, page or hub connection.</param>
    /// <param name="fresh">Read the account whatever this host last read (the periodic re-check of open hub connections).</param>
    public async Task<bool> IsCurrent(ClaimsPrincipal principal, bool fresh = false)
    {
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var key = Key(userId);
        if (!fresh && cache.TryGetValue(key, out string? known) && known == stamp)
        {
            return true;
        }

        // Not known yet, or a different stamp: the account may have changed since (refuse), or the principal may be
        // newer than what this host last read (a token issued after the change): read the account again.
        string current;
        try
        {
            current = await Read(userId);
        }
        catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // While the database is down no account can change either: the stamp last read stays the truth, so reads
            // of signed-in users keep answering through an outage (an account never read here is refused).
            return _lastKnown.TryGetValue(userId, out var last) && last == stamp;
        }

        cache.Set(key, current, validation.Value.ValidationInterval);
        _lastKnown[userId] = current;
        return current is { Length: > 0 } && current == stamp;
    }

    /// <summary>After a change made on this host: the next check of the account reads it, here at once (elsewhere within the interval).</summary>
    public void Forget(string userId) => cache.Remove(Key(userId));

    private static string Key(string userId) => "account-stamp:" + userId;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _lastKnown = new();

    private async Task<string> Read(string userId)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.FindByIdAsync(userId) is { } user && !Disabling.IsDisabled(user) ? await users.GetSecurityStampAsync(user) ?? "" : "";
    }
}
