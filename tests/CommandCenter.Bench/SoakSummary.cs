namespace CommandCenter.Bench;

/// <summary>
/// What a soak's samples say: the live JS heap after warm-up and at the end and the growth between (the goal: ≤ 10 %
/// over two hours), the same as medians of five samples each (one sample falls on whichever page the rotation shows),
/// DOM nodes, listeners and documents first, at warm-up, last and at most (and so the renderer's memory, in MB), the same page's figures at warm-up and at the
/// end, the wall's WebAssembly memory and the web host's memory, and the load that was sent.
/// </summary>
public sealed record SoakSummary(
    int Minutes,
    int WarmUpMinute,
    int Samples,
    long? HeapAtWarmUp,
    long? HeapAtEnd,
    double? HeapGrowthPct,
    double? HeapMedianGrowthPct,
    long? HeapMax,
    SoakSummary.Span Nodes,
    SoakSummary.Span Listeners,
    SoakSummary.Span Documents,
    SoakSummary.Span WasmMemory,
    SoakSummary.Span ManagedHeap,
    SoakSummary.Span RendererRss,
    double? WebRssAtWarmUpMb,
    double? WebRssAtEndMb,
    double? WebRssMaxMb,
    IReadOnlyDictionary<string, SoakSummary.Board> ByBoard,
    long Updates,
    long Failures,
    long CaseSteps,
    double ChangesPerSecond,
    int Navigations,
    int Crashes,
    int PageErrors,
    int FailedSamples)
{
    public const double GoalPct = 10;

    /// <summary>A figure at the first sample, at warm-up, at the last sample, and its largest.</summary>
    public sealed record Span(long? First, long? AtWarmUp, long? Last, long? Max);

    /// <summary>One page's figures the first time it was sampled after warm-up and the last time.</summary>
    public sealed record Board(int Samples, long? HeapFirst, long? HeapLast, long? NodesFirst, long? NodesLast, long? ListenersFirst, long? ListenersLast);

    public bool? Held => HeapGrowthPct is { } growth ? growth <= GoalPct && Crashes == 0 : null;

    public static int WarmUpFor(int minutes) => minutes >= 30 ? 10 : 1;

    public static SoakSummary Of(IReadOnlyList<SoakSample> all, int warmUpMinute, TimeSpan elapsed)
    {
        var samples = all.Where(s => s.Error is null && s.JsHeapUsedSize is not null).ToList();
        var warm = samples.FirstOrDefault(s => s.Minute >= warmUpMinute) ?? samples.FirstOrDefault();
        var end = samples.LastOrDefault();
        var after = warm is null ? [] : samples.Where(s => s.Minute >= warm.Minute).ToList();
        var last = all.LastOrDefault();
        return new SoakSummary(
            (int)Math.Round(elapsed.TotalMinutes), warmUpMinute, all.Count,
            warm?.JsHeapUsedSize, end?.JsHeapUsedSize, Growth(warm?.JsHeapUsedSize, end?.JsHeapUsedSize),
            Growth(Median(after.Take(5).Select(s => s.JsHeapUsedSize)), Median(after.TakeLast(5).Select(s => s.JsHeapUsedSize))),
            samples.Max(s => s.JsHeapUsedSize),
            SpanOf(samples, warm, s => s.Nodes), SpanOf(samples, warm, s => s.JsEventListeners), SpanOf(samples, warm, s => s.Documents), SpanOf(samples, warm, s => s.WasmMemory), SpanOf(samples, warm, s => s.ManagedHeap),
            SpanOf(samples, warm, s => s.RendererRssMb is { } mb ? (long)Math.Round(mb) : null),
            Round(warm?.WebRssMb), Round(end?.WebRssMb), Round(samples.Max(s => s.WebRssMb)),
            after.Where(s => s.Board is not null).GroupBy(s => s.Board!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Board(
                g.Count(), g.First().JsHeapUsedSize, g.Last().JsHeapUsedSize, g.First().Nodes, g.Last().Nodes, g.First().JsEventListeners, g.Last().JsEventListeners)),
            last?.Updates ?? 0, last?.Failures ?? 0, last?.CaseSteps ?? 0,
            Math.Round(((last?.Updates ?? 0) + (last?.CaseSteps ?? 0)) / Math.Max(1, elapsed.TotalSeconds), 2),
            last?.Navigations ?? 0, last?.Crashes ?? 0, last?.PageErrors ?? 0, all.Count - samples.Count);
    }

    private static Span SpanOf(List<SoakSample> samples, SoakSample? warm, Func<SoakSample, long?> figure) =>
        new(samples.Select(figure).FirstOrDefault(), warm is null ? null : figure(warm), samples.Select(figure).LastOrDefault(), samples.Max(figure));

    private static double? Growth(long? from, long? to) => from is > 0 && to is { } t ? Math.Round((t - from.Value) * 100.0 / from.Value, 1) : null;

    private static long? Median(IEnumerable<long?> values)
    {
        var known = values.OfType<long>().Order().ToList();
        return known.Count == 0 ? null : known[known.Count / 2];
    }

    private static double? Round(double? mb) => mb is { } m ? Math.Round(m, 1) : null;
}
