using System.Threading.RateLimiting;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The limiter every request passes (<see cref="RateLimits"/>): sign-ins per client address, then an anonymous caller's
/// requests per client address. A singleton of the host, so the host disposes it, and with it the timers of both
/// limiters (a chained limiter does not dispose the limiters it chains).
/// </summary>
public sealed class GlobalLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _signIns;
    private readonly PartitionedRateLimiter<HttpContext> _anonymous;

    public GlobalLimiter(RateLimitSettings settings)
    {
        _signIns = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimits.IsSignIn(context.Request)
            ? RateLimits.PerMinute("sign-in " + RateLimits.Address(context), settings.SignInPerMinute)
            : RateLimitPartition.GetNoLimiter(""));
        _anonymous = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimits.IsAnonymousWork(context)
            ? RateLimits.PerMinute("anonymous " + RateLimits.Address(context), settings.AnonymousPerMinute)
            : RateLimitPartition.GetNoLimiter(""));
        Chain = PartitionedRateLimiter.CreateChained(_signIns, _anonymous);
    }

    public PartitionedRateLimiter<HttpContext> Chain { get; }

    public void Dispose()
    {
        Chain.Dispose();
        _signIns.Dispose();
        _anonymous.Dispose();
    }
}
