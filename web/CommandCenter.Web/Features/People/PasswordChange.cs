using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// An account whose password the office reset, or the first administrator with a generated password, must choose
/// its own before anything else: pages send it to <see cref="PagePath"/>, the API answers 403 except for
/// <c>POST /api/account/password</c>.
/// </summary>
public static class PasswordChange
{
    /// <summary>A claim on the account (and so on its cookie and tokens) while the password must be changed.</summary>
    public const string ClaimType = "cc:must-change-password";

    public const string PagePath = "/account/password";

    public const string ApiPath = "/api/account/password";

    public static bool IsRequired(System.Security.Claims.ClaimsPrincipal user) => user.HasClaim(c => c.Type == ClaimType);

    public static async Task Enforce(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!IsRequired(context.User) || path.StartsWithSegments(PagePath) || path.StartsWithSegments(ApiPath) || path.StartsWithSegments("/signout")
            || path.StartsWithSegments("/_blazor") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/_content")
            || path.StartsWithSegments("/health") || Path.HasExtension(path.Value))
        {
            await next(context);
            return;
        }

        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Title = "Password change required",
                Detail = $"须先修改密码（{ApiPath}） The password must be changed first ({ApiPath}).",
            }, options: null, contentType: "application/problem+json");
            return;
        }

        context.Response.Redirect(PagePath + "?returnUrl=" + Uri.EscapeDataString(SignInCookie.SafeReturnUrl(path + context.Request.QueryString)));
    }
}
