using Microsoft.AspNetCore.Authentication.Cookies;

namespace CommandCenter.Web.Shell;

/// <summary>The pages' sign-in cookie: pages redirect to <c>/signin</c> or <c>/denied</c>; API paths answer 401/403 instead.</summary>
public static class SignInCookie
{
    public const string SignInPath = "/signin";
    public const string DeniedPath = "/denied";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "cc.signin";
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Lax;
        options.LoginPath = SignInPath;
        options.LogoutPath = "/signout";
        options.AccessDeniedPath = DeniedPath;
        options.ExpireTimeSpan = TimeSpan.FromHours(12);
        options.SlidingExpiration = true;
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int apiStatus)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = apiStatus;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>Only a path of this site is a place to return to after signing in.</summary>
    public static string SafeReturnUrl(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
