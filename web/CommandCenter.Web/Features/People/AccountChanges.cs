using System.Security.Claims;
using System.Security.Cryptography;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// The account lifecycle: the office changes an account's role, unit and grids, disables and re-enables it and resets
/// its password; everyone changes their own. Every change renews the account's security stamp, so its cookies,
/// pages and bearer tokens stop working within the validation interval, and goes to the account audit.
/// </summary>
public sealed class AccountChanges(UserManager<IdentityUser> users, UserAccounts accounts, AccountAudit audit, AccountStamps stamps,
    Microsoft.Extensions.Localization.IStringLocalizer<AccountChanges> text)
{
    /// <returns>The account as it now is, or why the change was refused (nothing is changed then).</returns>
    public async Task<Outcome<UserResponse>> Update(string userName, AccountUpdate? request, ClaimsPrincipal actor)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return Refusal.NotFound($"User '{userName}' does not exist.", "userName");
        }

        if (request is null)
        {
            return Refusal.Invalid("role", "A body { role, unit, grids, disabled } is required.");
        }

        var roles = await users.GetRolesAsync(user);
        var claims = await users.GetClaimsAsync(user);
        var (role, unit, grids, refusal) = await accounts.CheckProfile(
            request.Role ?? roles.FirstOrDefault(),
            request.Role is null && request.Unit is null ? claims.FirstOrDefault(c => c.Type == ClaimNames.Unit)?.Value : request.Unit,
            request.Role is null && request.Grids is null ? claims.Where(c => c.Type == ClaimNames.Grid).Select(c => c.Value).ToList() : request.Grids);
        if (refusal is not null)
        {
            return refusal;
        }

        var disable = request.Disabled ?? Disabling.IsDisabled(user);
        if (disable && user.UserName == actor.Identity?.Name)
        {
            return Refusal.Invalid("disabled", "You cannot disable your own account.");
        }

        await users.RemoveFromRolesAsync(user, roles);
        await users.AddToRoleAsync(user, role);
        await users.RemoveClaimsAsync(user, claims.Where(c => c.Type is ClaimNames.Unit or ClaimNames.Grid));
        if (unit is not null)
        {
            await users.AddClaimAsync(user, new Claim(ClaimNames.Unit, unit));
        }

        await users.AddClaimsAsync(user, grids.Select(g => new Claim(ClaimNames.Grid, g)));
        var wasDisabled = Disabling.IsDisabled(user);
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disable ? DateTimeOffset.MaxValue : null);
        await users.UpdateSecurityStampAsync(user);
        stamps.Forget(user.Id);

        var action = disable == wasDisabled ? AccountActions.Updated : disable ? AccountActions.Disabled : AccountActions.Enabled;
        await audit.Record(action, user.UserName!, actor.Identity?.Name, detail: $"role={role} unit={unit} grids={string.Join(',', grids)}");
        return new UserResponse(user.UserName!, role, unit, grids.Count > 0 ? grids : null, disable, claims.Any(c => c.Type == PasswordChange.ClaimType));
    }

    /// <summary>Gives the account a one-time password it must change at the next sign-in; null for an unknown account.</summary>
    public async Task<PasswordResetResponse?> Reset(string userName, ClaimsPrincipal actor)
    {
        if (await users.FindByNameAsync(userName) is not { } user)
        {
            return null;
        }

        var password = OneTimePassword();
        var removed = await users.RemovePasswordAsync(user);
        var reset = removed.Succeeded ? await users.AddPasswordAsync(user, password) : removed;
        if (!reset.Succeeded)
        {
            throw new InvalidOperationException("Could not reset the password: " + string.Join(" ", reset.Errors.Select(e => e.Description)));
        }

        await RequireChange(user);
        await users.ResetAccessFailedCountAsync(user);
        stamps.Forget(user.Id);
        await audit.Record(AccountActions.PasswordReset, user.UserName!, actor.Identity?.Name);
        return new PasswordResetResponse(user.UserName!, password);
    }

    /// <summary>One's own password; the refusal names the field (a wrong current password, a new one too weak).</summary>
    public async Task<(string Field, string Reason)?> ChangeOwn(ClaimsPrincipal principal, PasswordChangeRequest? request)
    {
        if (string.IsNullOrEmpty(request?.CurrentPassword))
        {
            return ("currentPassword", text["请输入当前密码"]);
        }

        if (string.IsNullOrEmpty(request.NewPassword))
        {
            return ("newPassword", text["请输入新密码"]);
        }

        if (request.NewPassword == request.CurrentPassword)
        {
            return ("newPassword", text["新密码不能与当前密码相同"]);
        }

        if (await users.GetUserAsync(principal) is not { } user)
        {
            return ("currentPassword", text["账号已不存在"]);
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
        if (!changed.Succeeded)
        {
            return changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? ("currentPassword", text["当前密码不正确"])
                : ("newPassword", string.Join(" ", changed.Errors.Select(e => e.Description)));
        }

        await users.RemoveClaimsAsync(user, (await users.GetClaimsAsync(user)).Where(c => c.Type == PasswordChange.ClaimType));
        stamps.Forget(user.Id);
        await audit.Record(AccountActions.PasswordChanged, user.UserName!, user.UserName);
        return null;
    }

    /// <summary>The account must choose its own password at the next sign-in.</summary>
    public async Task RequireChange(IdentityUser user)
    {
        if (!(await users.GetClaimsAsync(user)).Any(c => c.Type == PasswordChange.ClaimType))
        {
            await users.AddClaimAsync(user, new Claim(PasswordChange.ClaimType, "true"));
        }
    }

    /// <summary>16 random characters with an upper- and lower-case letter, a digit and a symbol (Identity's default rules).</summary>
    public static string OneTimePassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('/', 'x').Replace('+', 'y') + "-9aQ";
}
