namespace CommandCenter.Tasks;

/// <summary>A task as screens and API clients see it: plan, current value and computed status.</summary>
[GenerateSerializer, Immutable, Alias("TaskView")]
public sealed record TaskView
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string CampaignId { get; init; }
    [Id(2)] public required string LineCode { get; init; }
    [Id(3)] public required string Code { get; init; }
    [Id(4)] public required string Title { get; init; }
    [Id(5)] public required string OwnerUnit { get; init; }
    [Id(6)] public required DateOnly DueDate { get; init; }
    [Id(7)] public required TaskTarget Target { get; init; }
    [Id(8)] public decimal? Actual { get; init; }
    /// <summary>Share of the target reached, 0–1.</summary>
    [Id(9)] public required double Progress { get; init; }
    /// <summary>Share of the task's time elapsed, 0–1.</summary>
    [Id(10)] public required double TimeElapsed { get; init; }
    [Id(11)] public required ProgressStatus Status { get; init; }
    [Id(12)] public required int Version { get; init; }
    [Id(13)] public ProgressEntry? LastUpdate { get; init; }
    [Id(14)] public required DateOnly StartDate { get; init; }
    [Id(15)] public IReadOnlyList<string> CoUnits { get; init; } = [];
}
