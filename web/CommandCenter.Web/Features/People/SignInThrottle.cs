using System.Threading.RateLimiting;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.People;

/// <summary>
/// Sign-in attempts per user name (whatever the address), so no one can lock an account out or guess its password
/// faster than <see cref="RateLimitSettings.SignInPerMinute"/> a minute.
/// </summary>
public sealed class SignInThrottle(RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(name =>
        RateLimitPartition.GetFixedWindowLimiter(name, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, settings.SignInPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <returns>null when the attempt may go ahead, otherwise how long to wait.</returns>
    public TimeSpan? Attempt(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
