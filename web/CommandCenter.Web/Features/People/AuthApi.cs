using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Features.People;

public static class AuthApi
{
    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueToken).WithTags("Auth");
        return app;
    }

    /// <summary>Exchanges a user name and password for a bearer token: <c>{ tokenType, accessToken, expiresIn, refreshToken }</c>.</summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> IssueToken(
        TokenRequest? request, HttpContext context, SignInGate gate, SignInManager<IdentityUser> signIn)
    {
        if (string.IsNullOrWhiteSpace(request?.UserName) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(request?.UserName) ? "userName" : "password", "userName and password are required.");
        }

        var attempt = await gate.Check(request.UserName, request.Password, RateLimits.Address(context));
        if (attempt.Outcome == SignInOutcome.Throttled)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(attempt.RetryAfter!.Value.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return TypedResults.Problem($"该用户登录尝试过于频繁，请 {seconds} 秒后再试 Too many sign-in attempts for this user; try again in {seconds} s.",
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
        }

        if (!attempt.Succeeded)
        {
            return TypedResults.Problem("Unknown user name or wrong password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
        }

        var principal = await signIn.CreateUserPrincipalAsync(attempt.User!);
        return TypedResults.SignIn(principal, authenticationScheme: StampedBearerHandler.TokenScheme);
    }
}
