namespace CommandCenter.Tasks;

/// <summary>One entry of a task's append-only history: who changed the value when, from what to what, and why.</summary>
[GenerateSerializer, Immutable, Alias("TaskChange")]
public sealed record TaskChange
{
    [Id(0)] public required string TaskId { get; init; }
    [Id(1)] public required string CampaignId { get; init; }
    [Id(2)] public required int Version { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
    [Id(4)] public required string By { get; init; }
    [Id(5)] public decimal? Before { get; init; }
    [Id(6)] public required decimal After { get; init; }
    [Id(7)] public string Note { get; init; } = "";
    /// <summary>Evidence the update referred to (ids in <c>task_evidence</c>).</summary>
    [Id(8)] public IReadOnlyList<Guid> EvidenceIds { get; init; } = [];
}
