using System.Security.Claims;
using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

/// <summary>The office's accounts (API and people page): unit heads bound to a unit, grid heads, viewers, administrators.</summary>
public sealed class UserAccounts(UserManager<IdentityUser> users, IGrainFactory grains, AccountAudit audit, Units.UnitDirectory directory)
{
    /// <returns>The new account, or why it was refused (nothing is stored then).</returns>
    public async Task<Outcome<UserResponse>> Create(UserRequest? request, string? actor = null)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Refusal.Invalid("userName", "userName and password are required.");
        }

        var (role, unit, grids, refusal) = await CheckProfile(request.Role, request.Unit, request.Grids);
        if (refusal is not null)
        {
            return refusal;
        }

        var user = new IdentityUser(request.UserName.Trim());
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            var duplicate = created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
            return duplicate
                ? Refusal.Conflict("userName", $"User '{user.UserName}' exists.")
                : Refusal.Invalid("password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(user, role);
        if (!string.IsNullOrEmpty(unit))
        {
            await users.AddClaimAsync(user, new Claim(ClaimNames.Unit, unit));
        }

        if (grids.Count > 0)
        {
            await users.AddClaimsAsync(user, grids.Select(g => new Claim(ClaimNames.Grid, g)));
        }

        await audit.Record(Features.People.AccountActions.Created, user.UserName!, actor, detail: $"role={role} unit={unit} grids={string.Join(',', grids)}");
        return new UserResponse(user.UserName!, role, unit, grids.Count > 0 ? grids : null);
    }

    public async Task<List<UserResponse>> List()
    {
        var result = new List<UserResponse>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
        {
            var roles = await users.GetRolesAsync(user);
            var claims = await users.GetClaimsAsync(user);
            var unit = claims.FirstOrDefault(c => c.Type == ClaimNames.Unit)?.Value;
            var grids = claims.Where(c => c.Type == ClaimNames.Grid).Select(c => c.Value).ToList();
            result.Add(new UserResponse(user.UserName!, roles.FirstOrDefault() ?? "", unit, grids.Count > 0 ? grids : null,
                Features.People.Disabling.IsDisabled(user), claims.Any(c => c.Type == Features.People.PasswordChange.ClaimType)));
        }

        return result;
    }

    /// <summary>A role with what it needs: a unit for a unit head, existing grids for a grid head.</summary>
    public async Task<(string Role, string? Unit, List<string> Grids, Refusal? Refusal)> CheckProfile(
        string? requestedRole, string? requestedUnit, IReadOnlyList<string>? requestedGrids)
    {
        if (requestedRole is not { } role || !Roles.All.Contains(role))
        {
            return ("", null, [], Refusal.Invalid("role", $"role is one of {string.Join(", ", Roles.All)}."));
        }

        var unit = requestedUnit?.Trim();
        if (role == Roles.UnitHead && string.IsNullOrEmpty(unit))
        {
            return (role, null, [], Refusal.Invalid("unit", "A unit head needs the unit they answer for (e.g. 城防办)."));
        }

        if (unit is { Length: > MaxUnitLength })
        {
            return (role, null, [], Refusal.Invalid("unit", $"A unit name has at most {MaxUnitLength} characters."));
        }

        if (!string.IsNullOrEmpty(unit) && await directory.Unknown("unit", unit) is { } unknownUnit)
        {
            return (role, null, [], unknownUnit);
        }

        var grids = requestedGrids?.Select(g => g.Trim()).Distinct().ToList() ?? [];
        if (role == Roles.GridHead && grids.Count == 0)
        {
            return (role, unit, [], Refusal.Invalid("grids", "A grid head needs the grids they answer for (e.g. [\"JA-001\"])."));
        }

        foreach (var grid in grids)
        {
            if (!CommandCenter.Web.Shell.Ids.IsValid(grid) || !await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(grid))
            {
                return (role, unit, grids, Refusal.Invalid("grids", $"Grid '{grid}' does not exist; import it first."));
            }
        }

        return (role, string.IsNullOrEmpty(unit) ? null : unit, grids, null);
    }

    public const int MaxUnitLength = 100;
}
