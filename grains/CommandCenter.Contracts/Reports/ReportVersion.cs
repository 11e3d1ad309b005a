namespace CommandCenter.Reports;

/// <summary>An earlier version of a unit's weekly report, replaced by a resubmission.</summary>
[GenerateSerializer, Immutable, Alias("ReportVersion")]
public sealed record ReportVersion
{
    [Id(0)] public required DateTimeOffset SubmittedAt { get; init; }
    [Id(1)] public required string SubmittedBy { get; init; }
    [Id(2)] public required WeeklyReport Report { get; init; }
    /// <summary>Why the office returned this version, if it did.</summary>
    [Id(3)] public string? ReturnReason { get; init; }
}
