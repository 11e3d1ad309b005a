namespace CommandCenter.Reports;

/// <summary>One unit's report of one week, with its status.</summary>
public sealed record UnitReport
{
    public required string Unit { get; init; }
    public required ReportStatus Status { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public string? SubmittedBy { get; init; }
    public WeeklyReport? Report { get; init; }
    public string? ReturnReason { get; init; }
    public DateTimeOffset? RemindedAt { get; init; }
    /// <summary>The earlier versions this report replaced, oldest first (empty for a first submission).</summary>
    public IReadOnlyList<ReportVersion> EarlierVersions { get; init; } = [];
    /// <summary>Whether this report replaced an earlier one of the same week.</summary>
    public bool Replaced => EarlierVersions.Count > 0;
}
