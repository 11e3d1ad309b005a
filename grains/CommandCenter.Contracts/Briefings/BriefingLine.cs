using CommandCenter.Reports;
using CommandCenter.Tasks;

namespace CommandCenter.Briefings;

/// <summary>One line of effort in a briefing: its progress and status, its lead unit's report, its task figures.</summary>
[GenerateSerializer, Immutable, Alias("BriefingLine")]
public sealed record BriefingLine
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required string LeadUnit { get; init; }
    [Id(3)] public required double Progress { get; init; }
    [Id(4)] public required ProgressStatus Status { get; init; }
    [Id(5)] public required ReportStatus ReportStatus { get; init; }
    /// <summary>The lead unit's report of the week; null when none was submitted.</summary>
    [Id(6)] public WeeklyReport? Report { get; init; }
    [Id(7)] public required IReadOnlyList<BriefingTask> Tasks { get; init; }
}
