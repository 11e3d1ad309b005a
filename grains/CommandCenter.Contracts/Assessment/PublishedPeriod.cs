namespace CommandCenter.Assessment;

/// <summary>
/// A published period (第N期): the immutable snapshot of every subject's rank, score, breakdown, rank change and list,
/// with the scheme it was scored with. A correction is a new revision with a note; earlier revisions stay.
/// </summary>
[GenerateSerializer, Immutable, Alias("PublishedPeriod")]
public sealed record PublishedPeriod
{
    [Id(0)] public required string CampaignId { get; init; }
    [Id(1)] public required string Period { get; init; }
    /// <summary>第N期: 1 for the campaign's first published period.</summary>
    [Id(2)] public required int Number { get; init; }
    /// <summary>1 when first published; each correction adds 1.</summary>
    [Id(3)] public required int Revision { get; init; }
    [Id(4)] public required DateTimeOffset PublishedAt { get; init; }
    [Id(5)] public required string PublishedBy { get; init; }
    /// <summary>Why the revision was made (empty for revision 1).</summary>
    [Id(6)] public string Note { get; init; } = "";
    [Id(7)] public required AssessmentScheme Scheme { get; init; }
    [Id(8)] public required IReadOnlyList<Standing> Units { get; init; }
    [Id(9)] public IReadOnlyList<Standing> Grids { get; init; } = [];
    [Id(10)] public IReadOnlyList<Standing> Districts { get; init; } = [];
    [Id(11)] public required DateOnly Start { get; init; }
    /// <summary>The last day of the period.</summary>
    [Id(12)] public required DateOnly End { get; init; }
    [Id(13)] public string CampaignName { get; init; } = "";
}
