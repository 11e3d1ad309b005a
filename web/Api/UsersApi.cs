using System.Security.Claims;
using CommandCenter.Web.Auth;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Api;

/// <summary>The office's accounts: unit heads bound to a unit, grid heads, viewers, other administrators.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Office);
        users.MapPost("/", Create);
        users.MapGet("/", List);
        return app;
    }

    private static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Create(UserRequest? request, UserManager<IdentityUser> users, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid("userName", "userName and password are required.");
        }

        if (request.Role is not { } role || !Roles.All.Contains(role))
        {
            return Problems.Invalid("role", $"role is one of {string.Join(", ", Roles.All)}.");
        }

        var unit = request.Unit?.Trim();
        if (role == Roles.UnitHead && string.IsNullOrEmpty(unit))
        {
            return Problems.Invalid("unit", "A unit head needs the unit they answer for (e.g. 城防办).");
        }

        var grids = request.Grids?.Select(g => g.Trim()).Distinct().ToList() ?? [];
        if (role == Roles.GridHead && grids.Count == 0)
        {
            return Problems.Invalid("grids", "A grid head needs the grids they answer for (e.g. [\"JA-001\"]).");
        }

        foreach (var grid in grids)
        {
            if (!await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(grid))
            {
                return Problems.Invalid("grids", $"Grid '{grid}' does not exist; import it first.");
            }
        }

        var user = new IdentityUser(request.UserName.Trim());
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            var duplicate = created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName));
            return duplicate
                ? TypedResults.Problem($"User '{user.UserName}' exists.", statusCode: StatusCodes.Status409Conflict, title: "User exists")
                : Problems.Invalid("password", string.Join(" ", created.Errors.Select(e => e.Description)));
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

        return TypedResults.Created($"/api/users/{user.UserName}", new UserResponse(user.UserName!, role, unit, grids.Count > 0 ? grids : null));
    }

    private static async Task<Ok<List<UserResponse>>> List(UserManager<IdentityUser> users)
    {
        var result = new List<UserResponse>();
        foreach (var user in users.Users.OrderBy(u => u.UserName).ToList())
        {
            var roles = await users.GetRolesAsync(user);
            var claims = await users.GetClaimsAsync(user);
            var unit = claims.FirstOrDefault(c => c.Type == ClaimNames.Unit)?.Value;
            var grids = claims.Where(c => c.Type == ClaimNames.Grid).Select(c => c.Value).ToList();
            result.Add(new UserResponse(user.UserName!, roles.FirstOrDefault() ?? "", unit, grids.Count > 0 ? grids : null));
        }

        return TypedResults.Ok(result);
    }
}
