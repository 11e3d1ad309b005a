namespace CommandCenter.Web.Wall;

/// <summary>
/// How often a campaign's changes may go out as a frame (<c>Wall:Frames</c>): at least <see cref="MinIntervalMs"/>
/// apart, and further apart — up to <see cref="MaxIntervalMs"/> — when sending a frame to the campaign's screens takes
/// long (many screens, a busy host).
/// </summary>
public sealed record WallFrameSettings
{
    public double MinIntervalMs { get; init; } = 10;

    public double MaxIntervalMs { get; init; } = 100;

    public TimeSpan MinInterval => TimeSpan.FromMilliseconds(MinIntervalMs);

    public TimeSpan MaxInterval => TimeSpan.FromMilliseconds(Math.Max(MinIntervalMs, MaxIntervalMs));

    public static WallFrameSettings From(IConfiguration configuration) =>
        configuration.GetSection("Wall:Frames").Get<WallFrameSettings>() ?? new WallFrameSettings();
}
