namespace CommandCenter.Web.Shell;

/// <summary>
/// <c>RateLimits</c>: sign-in attempts (the sign-in page and <c>POST /api/auth/token</c>) per client address and per
/// user name, and requests of anonymous callers per client address, each in a one-minute window.
/// </summary>
public sealed record RateLimitSettings
{
    public int SignInPerMinute { get; init; } = 10;

    public int AnonymousPerMinute { get; init; } = 300;

    public static RateLimitSettings From(IConfiguration configuration) =>
        configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
}
