namespace CommandCenter.Assessment;

/// <summary>The default assessment scheme (docs/STATUS-RULES.md, "Assessment"): 百分制, monthly.</summary>
public static class DefaultScheme
{
    public static readonly IReadOnlyList<string> Ladder = ["约谈提醒", "在局党组会作说明", "启动问责"];

    public static AssessmentScheme Value { get; } = new()
    {
        Period = PeriodKind.Month,
        UnitIndicators =
        [
            new() { Kind = IndicatorKind.TaskProgress, Weight = 50 },
            new() { Kind = IndicatorKind.WeeklyReports, Weight = 20 },
            new() { Kind = IndicatorKind.Notices, Weight = 15 },
            new() { Kind = IndicatorKind.Cases, Weight = 15 },
        ],
        GridIndicators =
        [
            new() { Kind = IndicatorKind.OnTimeClosure, Weight = 50 },
            new() { Kind = IndicatorKind.Closure, Weight = 30 },
            new() { Kind = IndicatorKind.NoRework, Weight = 20 },
        ],
        Ladder = Ladder,
        Version = 0,
    };

    public static readonly IReadOnlySet<IndicatorKind> UnitKinds = new HashSet<IndicatorKind> { IndicatorKind.TaskProgress, IndicatorKind.WeeklyReports, IndicatorKind.Notices, IndicatorKind.Cases };

    public static readonly IReadOnlySet<IndicatorKind> GridKinds = new HashSet<IndicatorKind> { IndicatorKind.OnTimeClosure, IndicatorKind.Closure, IndicatorKind.NoRework };
}
