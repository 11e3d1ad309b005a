using CommandCenter.Tasks;

namespace CommandCenter.Briefings;

/// <summary>A task's figure in a briefing: its value at the end of the week and at the end of the week before.</summary>
[GenerateSerializer, Immutable, Alias("BriefingTask")]
public sealed record BriefingTask
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Code { get; init; }
    [Id(2)] public required string Title { get; init; }
    [Id(3)] public required string OwnerUnit { get; init; }
    [Id(4)] public required TaskTarget Target { get; init; }
    [Id(5)] public decimal? Value { get; init; }
    /// <summary>The value at the end of the previous week; null when the task had none yet.</summary>
    [Id(6)] public decimal? LastWeekValue { get; init; }
    /// <summary>Value − last week's value (a first value counts from the baseline); null without a value.</summary>
    [Id(7)] public decimal? Change { get; init; }
    [Id(8)] public required double Progress { get; init; }
    [Id(9)] public required ProgressStatus Status { get; init; }
    [Id(10)] public required DateOnly DueDate { get; init; }
}
