using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Auth;

/// <summary>The default scheme: a request with a bearer header is an API client, any other a browser with the sign-in cookie.</summary>
public static class AuthSchemes
{
    public const string BearerOrCookie = "BearerOrCookie";

    public static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
}
