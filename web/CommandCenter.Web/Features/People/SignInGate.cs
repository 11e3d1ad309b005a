using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// Every sign-in (the page and the token endpoint) passes here: the per-user-name limit, the password check with
/// Identity's lockout, the same work for an unknown user name as for a known one (so timing does not tell them
/// apart), and the audit entry.
/// </summary>
public sealed class SignInGate(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IPasswordHasher<IdentityUser> hasher,
    SignInThrottle throttle, AccountAudit audit)
{
    /// <summary>A hash of a random password, checked against when the user name is unknown.</summary>
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser("decoy"), Guid.NewGuid().ToString("N")));

    public async Task<SignInAttempt> Check(string userName, string password, string? address)
    {
        userName = userName.Trim();
        if (throttle.Attempt(userName) is { } wait)
        {
            await audit.Record(AccountActions.SignInThrottled, userName, address: address);
            return new SignInAttempt(SignInOutcome.Throttled, RetryAfter: wait);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            hasher.VerifyHashedPassword(new IdentityUser(userName), DecoyHash.Value, password);
            await audit.Record(AccountActions.SignInFailed, userName, address: address, detail: "unknown user name");
            return new SignInAttempt(SignInOutcome.Failed);
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            await audit.Record(AccountActions.SignInFailed, userName, address: address, detail: result.IsLockedOut ? "locked out or disabled" : "wrong password");
            return new SignInAttempt(result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed);
        }

        await audit.Record(AccountActions.SignedIn, userName, address: address);
        return new SignInAttempt(SignInOutcome.Succeeded, user);
    }
}
