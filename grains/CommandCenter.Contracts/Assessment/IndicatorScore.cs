namespace CommandCenter.Assessment;

/// <summary>One indicator of one subject's score: its weight, the points earned (0–weight) and the rate behind them (0–1).</summary>
[GenerateSerializer, Immutable, Alias("IndicatorScore")]
public sealed record IndicatorScore
{
    [Id(0)] public required IndicatorKind Kind { get; init; }
    [Id(1)] public required double Weight { get; init; }
    /// <summary>Points earned; for <see cref="IndicatorKind.Adjustments"/> the capped sum of the period's points.</summary>
    [Id(2)] public required double Score { get; init; }
    /// <summary>The rate 0–1 the points come from; null for adjustments.</summary>
    [Id(3)] public double? Value { get; init; }
    /// <summary>How many items the rate is the mean of (tasks, weeks, notices, cases); 0: none, full marks.</summary>
    [Id(4)] public int Count { get; init; }
}
