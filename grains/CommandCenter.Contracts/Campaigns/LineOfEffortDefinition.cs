namespace CommandCenter.Campaigns;

/// <summary>A line of effort (e.g. "一 城区备汛防汛及安全生产专项行动") and the ids of its tasks.</summary>
[GenerateSerializer, Immutable, Alias("LineOfEffortDefinition")]
public sealed record LineOfEffortDefinition
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public string LeadUnit { get; init; } = "";
    [Id(3)] public string Leader { get; init; } = "";
    [Id(4)] public IReadOnlyList<string> TaskIds { get; init; } = [];
}
