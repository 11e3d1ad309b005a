using CommandCenter.Reports;

namespace CommandCenter.Briefings;

/// <summary>A lead unit that did not report on time (未按时报送单位).</summary>
[GenerateSerializer, Immutable, Alias("BriefingUnit")]
public sealed record BriefingUnit
{
    [Id(0)] public required string Unit { get; init; }
    [Id(1)] public required ReportStatus Status { get; init; }
    [Id(2)] public DateTimeOffset? SubmittedAt { get; init; }
    [Id(3)] public string? ReturnReason { get; init; }
}
