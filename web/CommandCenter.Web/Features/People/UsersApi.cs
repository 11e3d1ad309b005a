using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

/// <summary>The office's accounts: unit heads bound to a unit, grid heads, viewers, other administrators.</summary>
public static class UsersApi
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users").RequireAuthorization(Policies.Office);
        users.MapPost("/", Create);
        users.MapGet("/", async (UserAccounts accounts) => TypedResults.Ok(await accounts.List()));
        return app;
    }

    private static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Create(UserRequest? request, System.Security.Claims.ClaimsPrincipal user, UserAccounts accounts) =>
        Problems.AnswerCreated(await accounts.Create(request, user.Identity?.Name), u => $"/api/users/{u.UserName}");
}
