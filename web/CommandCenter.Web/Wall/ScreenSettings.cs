namespace CommandCenter.Web.Wall;

/// <summary>
/// How the host treats each screen's connection (<c>Wall:Screens</c>): a screen whose last message has waited
/// <see cref="StallTimeoutSeconds"/> to be taken by its connection (it stopped reading, or its link is too slow for
/// even coalesced frames) is disconnected, and reconnects on its own; <see cref="SendBufferBytes"/> is how much of a
/// screen's outgoing data SignalR buffers before a write waits (ASP.NET Core's <c>ApplicationMaxBufferSize</c>).
/// </summary>
public sealed record ScreenSettings
{
    public double StallTimeoutSeconds { get; init; } = 30;

    public long SendBufferBytes { get; init; } = 64 * 1024;

    public TimeSpan StallTimeout => TimeSpan.FromSeconds(StallTimeoutSeconds);

    public static ScreenSettings From(IConfiguration configuration) =>
        configuration.GetSection("Wall:Screens").Get<ScreenSettings>() ?? new ScreenSettings();
}
