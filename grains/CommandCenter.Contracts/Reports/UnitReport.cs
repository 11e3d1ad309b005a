namespace CommandCenter.Reports;

/// <summary>One unit's report of one week, with its status.</summary>
[GenerateSerializer, Immutable, Alias("UnitReport")]
public sealed record UnitReport
{
    [Id(0)] public required string Unit { get; init; }
    [Id(1)] public required ReportStatus Status { get; init; }
    [Id(2)] public DateTimeOffset? SubmittedAt { get; init; }
    [Id(3)] public string? SubmittedBy { get; init; }
    [Id(4)] public WeeklyReport? Report { get; init; }
    [Id(5)] public string? ReturnReason { get; init; }
    [Id(6)] public DateTimeOffset? RemindedAt { get; init; }
    /// <summary>The earlier versions this report replaced, oldest first (empty for a first submission).</summary>
    [Id(7)] public IReadOnlyList<ReportVersion> EarlierVersions { get; init; } = [];
    /// <summary>Whether this report replaced an earlier one of the same week.</summary>
    public bool Replaced => EarlierVersions.Count > 0;
}
