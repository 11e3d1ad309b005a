using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Wall.Connection;

/// <summary>
/// Reconnects forever with capped, jittered backoff (the stock policy gives up after four tries): 0.5 s, 1 s, 2 s,
/// 5 s, then every 10 s.
/// </summary>
public sealed class ForeverRetryPolicy : IRetryPolicy
{
    private static readonly TimeSpan[] Steps = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];
    public static readonly TimeSpan Cap = TimeSpan.FromSeconds(10);

    public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);

    public static TimeSpan Delay(long attempt)
    {
        var step = attempt < Steps.Length ? Steps[attempt] : Cap;
        return step + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250));
    }
}
