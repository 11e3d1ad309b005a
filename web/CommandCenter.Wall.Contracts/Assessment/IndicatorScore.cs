namespace CommandCenter.Assessment;

/// <summary>One indicator of one subject's score: its weight, the points earned (0–weight) and the rate behind them (0–1).</summary>
public sealed record IndicatorScore
{
    public required IndicatorKind Kind { get; init; }
    public required double Weight { get; init; }
    /// <summary>Points earned; for <see cref="IndicatorKind.Adjustments"/> the capped sum of the period's points.</summary>
    public required double Score { get; init; }
    /// <summary>The rate 0–1 the points come from; null for adjustments.</summary>
    public double? Value { get; init; }
    /// <summary>How many items the rate is the mean of (tasks, weeks, notices, cases); 0: none, full marks.</summary>
    public int Count { get; init; }
}
