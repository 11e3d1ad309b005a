namespace CommandCenter.Ledger;

/// <summary>Filters and a page of the case ledger (台账); null filters match everything.</summary>
public sealed record CaseQuery
{
    public string? CampaignId { get; init; }
    public string? Grid { get; init; }
    /// <summary>Only cases of these grids (a grid head's scope); null: every grid.</summary>
    public IReadOnlyList<string>? Grids { get; init; }
    public string? Unit { get; init; }
    public string? Category { get; init; }
    public CaseStatus? Status { get; init; }
    public bool? Overdue { get; init; }
    /// <summary>true: only cases not yet ended; false: only ended ones (closed, not accepted or withdrawn).</summary>
    public bool? Open { get; init; }
    public CaseSource? Source { get; init; }
    /// <summary>true: only withdrawn cases (作废); false: none of them (what the wall lists); null: both.</summary>
    public bool? Withdrawn { get; init; }
    /// <summary>Reported at or after this instant.</summary>
    public DateTimeOffset? ReportedFrom { get; init; }
    /// <summary>Reported before this instant.</summary>
    public DateTimeOffset? ReportedBefore { get; init; }
    /// <summary>true: only cases reported with a position; false: only those without.</summary>
    public bool? Located { get; init; }
    /// <summary>1-based.</summary>
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}
