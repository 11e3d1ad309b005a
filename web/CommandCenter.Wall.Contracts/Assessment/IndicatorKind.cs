namespace CommandCenter.Assessment;

/// <summary>What an indicator of an assessment scheme measures (docs/STATUS-RULES.md, "Assessment").</summary>
public enum IndicatorKind
{
    /// <summary>Units: the mean over started tasks of min(1, progress ÷ time elapsed).</summary>
    TaskProgress = 0,
    /// <summary>Units: weekly reports on time 1, late 0.5, missing 0.</summary>
    WeeklyReports = 1,
    /// <summary>Units: supervision notices answered by their deadline 1, late 0.5, unanswered 0.</summary>
    Notices = 2,
    /// <summary>Units: on-time closure of the cases dispatched to the unit.</summary>
    Cases = 3,
    /// <summary>Grids and districts: 按期结案率, closed on time ÷ closed.</summary>
    OnTimeClosure = 4,
    /// <summary>Grids and districts: 结案率, closed ÷ received.</summary>
    Closure = 5,
    /// <summary>Grids and districts: 1 − 返工率 (reworked ÷ handled).</summary>
    NoRework = 6,
    /// <summary>Units: the office's 加减分 of the period (weight 0: points, capped).</summary>
    Adjustments = 7,
}
