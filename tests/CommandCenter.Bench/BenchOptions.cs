namespace CommandCenter.Bench;

/// <summary>
/// Command line: <c>[--quick] [--out FILE] [--url URL --connection-string CS] [--host-setting KEY=VALUE]…
/// [--measures p1,p2,p3,p4,p5,wall,soak] [--writers N] [--screens 250x250,500x500] [--all-steps]</c>; <c>--screens</c> gives P3's steps (screens × updates/s), <c>--all-steps</c> runs them all even after one is not held; host settings are passed to the web host this program starts (e.g.
/// <c>Wall:Frames:MinIntervalMs=20</c>); <c>--measures</c> runs only those (all by default); <c>--writers</c> runs P1
/// at that one number of writers (and raw-limit connections) instead of its steps. Each writer has a task of its own:
/// the demo campaign's 21 quantity tasks, then tasks added to the demo campaign through the plan API. <c>wall</c> (only when named)
/// opens the wall in Chromium (five cold loads) and measures its download and first paint; point it with <c>--url</c>
/// at a Release publish (<c>dotnet publish web -c Release</c>) to measure what is served in production. <c>soak</c> (only
/// when named; <c>--soak-minutes N</c>, default 120, quick 3; <c>--soak-rate U</c> updates/s, default 5; <c>--soak-dir DIR</c>
/// for the sample files; <c>--web-pid PID</c> for the web host's memory when it was not started here) keeps one wall open
/// under a steady update rate and samples its memory every minute (<see cref="WallSoak"/>).
/// </summary>
public sealed record BenchOptions(bool Quick, string Out, Uri? Url, string? ConnectionString, IReadOnlyList<string> HostSettings, IReadOnlySet<string> Measures, int? Writers = null,
    IReadOnlyList<(int Screens, int UpdatesPerSecond)>? ScreenSteps = null)
{
    public bool AllSteps { get; init; }

    /// <summary>How long the soak keeps the wall open.</summary>
    public int SoakMinutes { get; init; } = 120;

    /// <summary>The soak's steady rate of changes through the public API, per second.</summary>
    public double SoakRate { get; init; } = 5;

    /// <summary>Where the soak writes a file per sample as it goes (default: next to <see cref="Out"/>).</summary>
    public string? SoakDir { get; init; }

    /// <summary>The web host's process, for its resident memory, when this program did not start it.</summary>
    public int? WebPid { get; init; }

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
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var quick = args.Contains("--quick");
        return new BenchOptions(
            quick,
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
        {
            AllSteps = args.Contains("--all-steps"),
            SoakMinutes = Value("--soak-minutes") is { } minutes ? int.Parse(minutes, invariant) : quick ? 3 : 120,
            SoakRate = Value("--soak-rate") is { } rate ? double.Parse(rate, invariant) : 5,
            SoakDir = Value("--soak-dir"),
            WebPid = Value("--web-pid") is { } pid ? int.Parse(pid, invariant) : null,
        };
    }
}
