using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

/// <summary>Signing out of the pages (a form post with an antiforgery token, so no other site can sign a user out).</summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/signout", SignOut).ExcludeFromDescription();
        return app;
    }

    private static async Task<RedirectHttpResult> SignOut(HttpContext context, [FromForm] string? returnUrl)
    {
        await context.SignOutAsync(IdentityConstants.ApplicationScheme);
        return TypedResults.LocalRedirect(SignInCookie.SignInPath);
    }
}
