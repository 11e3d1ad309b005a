namespace CommandCenter.Assessment;

/// <summary>
/// What a unit's score is computed from, for one period: one credit 0–1 per started task, per week whose report
/// deadline fell in the period, per notice due in the period, and its cases; plus the office's raw adjustment points.
/// </summary>
public sealed record UnitFacts
{
    public IReadOnlyList<double> TaskCredits { get; init; } = [];
    public IReadOnlyList<double> WeekCredits { get; init; } = [];
    public IReadOnlyList<double> NoticeCredits { get; init; } = [];
    /// <summary>Cases dispatched to the unit in the period whose outcome is known: closed, or open past the deadline.</summary>
    public int CasesDue { get; init; }
    public int CasesClosedOnTime { get; init; }
    public double AdjustmentPoints { get; init; }
}
