namespace CommandCenter.Assessment;

/// <summary>
/// A campaign's assessment scheme (考核方案): indicators and weights per subject kind, the period, the list rules and
/// the consequence ladder. Versioned: a saved change applies from <see cref="EffectiveFrom"/> (the next period).
/// </summary>
[GenerateSerializer, Immutable, Alias("AssessmentScheme")]
public sealed record AssessmentScheme
{
    [Id(0)] public PeriodKind Period { get; init; } = PeriodKind.Month;
    [Id(1)] public IReadOnlyList<IndicatorWeight> UnitIndicators { get; init; } = [];
    [Id(2)] public IReadOnlyList<IndicatorWeight> GridIndicators { get; init; } = [];
    /// <summary>红榜: the top N.</summary>
    [Id(3)] public int RedTop { get; init; } = 3;
    /// <summary>黑榜: the bottom N …</summary>
    [Id(4)] public int BlackBottom { get; init; } = 3;
    /// <summary>… or any score below this.</summary>
    [Id(5)] public double BlackBelow { get; init; } = 60;
    /// <summary>加减分 per unit and period are capped at ± this.</summary>
    [Id(6)] public double AdjustmentCap { get; init; } = 20;
    /// <summary>The consequence ladder: stage 1, 2, 3 … for 1, 2, 3 … consecutive black periods.</summary>
    [Id(7)] public IReadOnlyList<string> Ladder { get; init; } = [];
    /// <summary>Days a black-listed unit has to submit its explanation (说明) after publication.</summary>
    [Id(8)] public int ExplanationDays { get; init; } = 5;
    /// <summary>1 for the default; each save adds 1.</summary>
    [Id(9)] public int Version { get; init; } = 1;
    /// <summary>The first period this version scores (yyyy-MM or yyyy-Www); null: every period.</summary>
    [Id(10)] public string? EffectiveFrom { get; init; }
}
