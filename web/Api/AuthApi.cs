using CommandCenter.Web.Auth;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Api;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).WithTags("Auth");
        return app;
    }

    /// <summary>Exchanges a user name and password for a bearer token: <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        TokenRequest? request, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return TypedResults.Problem("userName and password are required.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid request");
        }

        var user = await users.FindByNameAsync(request.UserName);
        if (user is null || !(await signIn.CheckPasswordSignInAsync(user, request.Password, lockoutOnFailure: true)).Succeeded)
        {
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
