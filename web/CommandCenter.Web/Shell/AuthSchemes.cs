using Microsoft.AspNetCore.Identity;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The default scheme: a request with a bearer header is an API client, a hub connection with <c>access_token</c> in
/// the query a SignalR client with a bearer token (or, on the wall hub, a display token), any other a browser with the
/// sign-in cookie.
/// </summary>
public static class AuthSchemes
{
    public const string BearerOrCookie = "BearerOrCookie";

    public static string Select(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        || (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query.ContainsKey("access_token"))
            ? IdentityConstants.BearerScheme
            : IdentityConstants.ApplicationScheme;
}
