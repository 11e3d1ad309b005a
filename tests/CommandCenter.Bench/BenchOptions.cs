namespace CommandCenter.Bench;

/// <summary>
/// Command line: <c>[--quick] [--out FILE] [--url URL --connection-string CS] [--host-setting KEY=VALUE]…
/// [--measures p1,p2,p3,p4]</c>; host settings are passed to the web host this program starts (e.g.
/// <c>Wall:Frames:MinIntervalMs=20</c>); <c>--measures</c> runs only those (all by default).
/// </summary>
public sealed record BenchOptions(bool Quick, string Out, Uri? Url, string? ConnectionString, IReadOnlyList<string> HostSettings, IReadOnlySet<string> Measures)
{
    public bool Runs(string measure) => Measures.Count == 0 || Measures.Contains(measure);

    public TimeSpan Duration => Quick ? TimeSpan.FromSeconds(4) : TimeSpan.FromSeconds(30);

    public int Clients => Quick ? 50 : 200;

    public static BenchOptions Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new BenchOptions(
            args.Contains("--quick"),
            Value("--out") ?? "bench-results.json",
            Value("--url") is { } url ? new Uri(url) : null,
            Value("--connection-string"),
            args.Zip(args.Skip(1)).Where(p => p.First == "--host-setting").Select(p => p.Second).ToList(),
            (Value("--measures") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToLowerInvariant()).ToHashSet());
    }
}
