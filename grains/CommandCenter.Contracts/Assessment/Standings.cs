namespace CommandCenter.Assessment;

/// <summary>The standings of one period and subject kind: live for an open period, the snapshot once published.</summary>
[GenerateSerializer, Immutable, Alias("Standings")]
public sealed record Standings
{
    [Id(0)] public required string CampaignId { get; init; }
    /// <summary>yyyy-MM or yyyy-Www.</summary>
    [Id(1)] public required string Period { get; init; }
    [Id(2)] public required SubjectKind Subjects { get; init; }
    [Id(3)] public required bool Published { get; init; }
    /// <summary>第N期 once published.</summary>
    [Id(4)] public int? Number { get; init; }
    [Id(5)] public int? Revision { get; init; }
    [Id(6)] public required IReadOnlyList<Standing> Items { get; init; }
    [Id(7)] public required DateTimeOffset GeneratedAt { get; init; }
    [Id(8)] public int SchemeVersion { get; init; }
}
