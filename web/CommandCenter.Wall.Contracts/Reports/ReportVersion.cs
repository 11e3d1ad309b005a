namespace CommandCenter.Reports;

/// <summary>An earlier version of a unit's weekly report, replaced by a resubmission.</summary>
public sealed record ReportVersion
{
    public required DateTimeOffset SubmittedAt { get; init; }
    public required string SubmittedBy { get; init; }
    public required WeeklyReport Report { get; init; }
    /// <summary>Why the office returned this version, if it did.</summary>
    public string? ReturnReason { get; init; }
}
