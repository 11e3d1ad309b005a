namespace CommandCenter.Tasks;

/// <summary>A request to record a new value for a task.</summary>
[GenerateSerializer, Immutable, Alias("ProgressReport")]
public sealed record ProgressReport
{
    [Id(0)] public required decimal Value { get; init; }
    [Id(1)] public string Note { get; init; } = "";
    [Id(2)] public required string By { get; init; }
    /// <summary>The task version the reporter saw; when given and no longer current, the report is refused.</summary>
    [Id(3)] public int? BaseVersion { get; init; }
    /// <summary>Evidence (ids in <c>task_evidence</c>) the update refers to; checked by the caller.</summary>
    [Id(4)] public IReadOnlyList<Guid> EvidenceIds { get; init; } = [];
}
