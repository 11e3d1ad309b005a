using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using CommandCenter.Web.Features.People;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The web host's limiter (ASP.NET Core's built-in one): sign-in attempts per client address, and every request of an
/// anonymous caller per client address (health probes and static files aside). A refusal is 429 with
/// <c>Retry-After</c>. The per-user-name limit of sign-ins is <see cref="SignInThrottle"/>.
/// </summary>
public static class RateLimits
{
    public static void Configure(RateLimiterOptions options, GlobalLimiter global)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.GlobalLimiter = global.Chain;
        options.OnRejected = async (context, cancellationToken) =>
        {
            var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
            await TooMany(context.HttpContext, seconds);
        };
    }

    /// <summary>429 problem details with <c>Retry-After</c>, Chinese first.</summary>
    public static Task TooMany(HttpContext context, int seconds)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return context.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"请求过于频繁，请 {seconds} 秒后再试 Too many requests; try again in {seconds} s.",
        }, options: null, contentType: "application/problem+json");
    }

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static RateLimitPartition<string> PerMinute(string key, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        });

    internal static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && (request.Path.Equals("/api/auth/token") || request.Path.Equals(Shell.SignInCookie.SignInPath));

    /// <summary>What an anonymous caller asks the server to work for: not health probes, not the framework's static files.</summary>
    internal static bool IsAnonymousWork(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true
        && !context.Request.Path.StartsWithSegments("/health")
        && !context.Request.Path.StartsWithSegments("/_framework")
        && !context.Request.Path.StartsWithSegments("/_content")
        && !Path.HasExtension(context.Request.Path.Value);
}
