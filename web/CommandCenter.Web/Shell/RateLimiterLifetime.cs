using System.Reflection;
using System.Threading.RateLimiting;

namespace CommandCenter.Web.Shell;

/// <summary>
/// Disposes the rate-limiting middleware's own limiter when the host stops. ASP.NET Core's middleware never disposes
/// the limiter it builds for endpoint policies (dotnet/aspnetcore#69259), whose timer runs for the life of the process
/// and holds the middleware, and through it the request pipeline and every service of the host. A process with one
/// host never notices; one that starts and stops many hosts (the integration tests start hundreds) would keep every
/// stopped host in memory. (The global limiter is <see cref="GlobalLimiter"/>, a singleton the host disposes.)
/// </summary>
public static class RateLimiterLifetime
{
    /// <summary><see cref="RateLimiterApplicationBuilderExtensions.UseRateLimiter(IApplicationBuilder)"/>, with its limiters disposed when the host stops.</summary>
    public static void UseRateLimiterDisposedOnStop(this WebApplication app)
    {
        var limiters = new List<IDisposable>();

        // The middleware's limiters are fields of the middleware, and its Invoke is the next delegate of the component
        // just before it.
        app.Use(next =>
        {
            limiters.AddRange(LimitersOf(next.Target));
            return next;
        });
        app.UseRateLimiter();
        app.Lifetime.ApplicationStopped.Register(() => limiters.ForEach(limiter => limiter.Dispose()));
    }

    private static IEnumerable<IDisposable> LimitersOf(object? middleware) =>
        middleware?.GetType().GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
            .Where(field => typeof(PartitionedRateLimiter<HttpContext>).IsAssignableFrom(field.FieldType))
            .Select(field => field.GetValue(middleware))
            .OfType<IDisposable>() ?? [];
}
