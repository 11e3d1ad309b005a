namespace CommandCenter.Assessment;

/// <summary>The standings of one period and subject kind: live for an open period, the snapshot once published.</summary>
public sealed record Standings
{
    public required string CampaignId { get; init; }
    /// <summary>yyyy-MM or yyyy-Www.</summary>
    public required string Period { get; init; }
    public required SubjectKind Subjects { get; init; }
    public required bool Published { get; init; }
    /// <summary>第N期 once published.</summary>
    public int? Number { get; init; }
    public int? Revision { get; init; }
    public required IReadOnlyList<Standing> Items { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    public int SchemeVersion { get; init; }
}
