using CommandCenter.Ledger;

namespace CommandCenter.Assessment;

/// <summary>Everything a period's standings are computed from, read once: tasks, weekly reports, notices, cases, grids, the office's entries.</summary>
public sealed record AssessmentInputs
{
    public required CampaignSnapshot Campaign { get; init; }
    public required AssessmentPeriod Period { get; init; }
    public required AssessmentScheme Scheme { get; init; }
    public required DateTimeOffset Now { get; init; }
    /// <summary>The reports of every week whose deadline fell in the period and has passed.</summary>
    public IReadOnlyList<WeekReports> Weeks { get; init; } = [];
    /// <summary>The campaign's notices due in the period.</summary>
    public IReadOnlyList<SupervisionNotice> Notices { get; init; } = [];
    public IReadOnlyList<CaseTally> Cases { get; init; } = [];
    /// <summary>The campaign's grids.</summary>
    public IReadOnlyList<GridDefinition> Grids { get; init; } = [];
    public IReadOnlyList<Adjustment> Adjustments { get; init; } = [];
    public IReadOnlyList<BlacklistEvent> Events { get; init; } = [];
    /// <summary>The previous period as published (its latest revision), for rank changes and 屡次靠后.</summary>
    public PublishedPeriod? Previous { get; init; }
}
