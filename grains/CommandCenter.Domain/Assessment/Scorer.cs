namespace CommandCenter.Assessment;

/// <summary>
/// Scores one subject under a scheme: each indicator earns weight × its rate (a rate over no items is full marks),
/// a unit's adjustments are capped at ± the scheme's cap, the total is clamped to 0–100 and rounded to one decimal.
/// </summary>
public static class Scorer
{
    public static (double Score, IReadOnlyList<IndicatorScore> Indicators) Unit(AssessmentScheme scheme, UnitFacts facts)
    {
        var rates = scheme.UnitIndicators.Select(indicator => (indicator, rate: indicator.Kind switch
        {
            IndicatorKind.TaskProgress => Mean(facts.TaskCredits),
            IndicatorKind.WeeklyReports => Mean(facts.WeekCredits),
            IndicatorKind.Notices => Mean(facts.NoticeCredits),
            IndicatorKind.Cases => Rate(facts.CasesClosedOnTime, facts.CasesDue),
            _ => Full,
        })).ToList();
        var adjustment = Math.Clamp(facts.AdjustmentPoints, -scheme.AdjustmentCap, scheme.AdjustmentCap);
        var indicators = rates.Select(r => Earned(r.indicator, r.rate)).ToList();
        indicators.Add(new IndicatorScore { Kind = IndicatorKind.Adjustments, Weight = 0, Score = Math.Round(adjustment, 2) });
        return (Total(rates.Sum(r => r.indicator.Weight * r.rate.Value) + adjustment), indicators);
    }

    /// <summary>A grid's or district's score; null (unranked, not first) when it received no case in the period.</summary>
    public static (double Score, IReadOnlyList<IndicatorScore> Indicators)? Cases(AssessmentScheme scheme, CaseFacts facts)
    {
        if (facts.Received == 0)
        {
            return null;
        }

        var rates = scheme.GridIndicators.Select(indicator => (indicator, rate: indicator.Kind switch
        {
            IndicatorKind.OnTimeClosure => Rate(facts.ClosedOnTime, facts.Closed),
            IndicatorKind.Closure => Rate(facts.Closed, facts.Received),
            IndicatorKind.NoRework => facts.Handled == 0 ? Full : (Value: 1 - (double)facts.Reworked / facts.Handled, Count: facts.Handled),
            _ => Full,
        })).ToList();
        return (Total(rates.Sum(r => r.indicator.Weight * r.rate.Value)), rates.Select(r => Earned(r.indicator, r.rate)).ToList());
    }

    /// <summary>The total clamped to 0–100 and rounded to one decimal (half away from zero).</summary>
    public static double Total(double sum) => Math.Round(Math.Clamp(sum, 0, 100), 1, MidpointRounding.AwayFromZero);

    private static readonly (double Value, int Count) Full = (1.0, 0);

    private static (double Value, int Count) Mean(IReadOnlyList<double> credits) => credits.Count == 0 ? Full : (credits.Average(), credits.Count);

    private static (double Value, int Count) Rate(int part, int whole) => whole == 0 ? Full : ((double)part / whole, whole);

    // The breakdown shows points to two decimals; the total adds the exact points, so rounding happens once.
    private static IndicatorScore Earned(IndicatorWeight indicator, (double Value, int Count) rate) => new()
    {
        Kind = indicator.Kind, Weight = indicator.Weight, Value = Math.Round(rate.Value, 4), Count = rate.Count,
        Score = Math.Round(indicator.Weight * rate.Value, 2),
    };
}
