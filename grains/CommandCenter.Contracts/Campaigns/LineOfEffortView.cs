using CommandCenter.Tasks;

namespace CommandCenter.Campaigns;

/// <summary>A line of effort with its tasks and rolled-up progress.</summary>
[GenerateSerializer, Immutable, Alias("LineOfEffortView")]
public sealed record LineOfEffortView
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public required string LeadUnit { get; init; }
    [Id(3)] public required string Leader { get; init; }
    [Id(4)] public required double Progress { get; init; }
    [Id(5)] public required ProgressStatus Status { get; init; }
    [Id(6)] public required IReadOnlyList<TaskView> Tasks { get; init; }
}
