namespace CommandCenter.Bench;

/// <summary>
/// Command line: <c>[--quick] [--out FILE] [--url URL --connection-string CS] [--host-setting KEY=VALUE]…
/// [--measures p1,p2,p3,p4,p5,wall] [--writers N] [--screens 250x250,500x500] [--all-steps]</c>; <c>--screens</c> gives P3's steps (screens × updates/s), <c>--all-steps</c> runs them all even after one is not held; host settings are passed to the web host this program starts (e.g.
/// <c>Wall:Frames:MinIntervalMs=20</c>); <c>--measures</c> runs only those (all by default); <c>--writers</c> runs P1
/// at that one number of writers (and raw-limit connections) instead of its steps. Each writer has a task of its own:
/// the demo campaign's 21 quantity tasks, then tasks added to the demo campaign through the plan API. <c>wall</c> (only when named)
/// opens the wall in Chromium (five cold loads) and measures its download and first paint; point it with <c>--url</c>
/// at a Release publish (<c>dotnet publish web -c Release</c>) to measure what is served in production.
/// </summary>
public sealed record BenchOptions(bool Quick, string Out, Uri? Url, string? ConnectionString, IReadOnlyList<string> HostSettings, IReadOnlySet<string> Measures, int? Writers = null,
    IReadOnlyList<(int Screens, int UpdatesPerSecond)>? ScreenSteps = null)
{
    public bool AllSteps { get; init; }

    public bool Runs(string measure) => Measures.Count == 0 || Measures.Contains(measure);

    public TimeSpan Duration => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(30);

    public int Clients => Quick ? 50 : 200;

    /// <summary>
    /// The numbers of writers P1 runs at: the product and the raw limit each reach their most at some concurrency, and
    /// P1 compares the two mosts.
    /// </summary>
    public IReadOnlyList<int> WriterSteps => Writers is { } fixedCount ? [fixedCount] : Quick ? [42] : [21, 42, 84];

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            args.Contains("--quick"),
            Value("--out") ?? "bench-results.json",
            Value("--url") is { } url ? new Uri(url) : null,
            Value("--connection-string"),
            args.Zip(args.Skip(1)).Where(p => p.First == "--host-setting").Select(p => p.Second).ToList(),
            (Value("--measures") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant()).ToHashSet(),
            Value("--writers") is { } writers ? int.Parse(writers, System.Globalization.CultureInfo.InvariantCulture) : null,
            Value("--screens") is { } steps
                ? steps.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(s => s.Split('x', 'X', '×')).Select(p => (int.Parse(p[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture))).ToList()
                : null)
        { AllSteps = args.Contains("--all-steps") };
    }
}
