namespace CommandCenter.Seeding;

/// <summary>The <c>Demo</c> configuration section: what the demo drive is seeded with besides its plan and its six weeks of reports.</summary>
public sealed class DemoSettings
{
    public const string Section = "Demo";

    /// <summary>Grids with boundaries, a few hundred cases over the past six weeks and two published briefings.</summary>
    public bool History { get; set; } = true;
}
