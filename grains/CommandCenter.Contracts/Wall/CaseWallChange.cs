namespace CommandCenter.Wall;

/// <summary>A grid's counts changed (with the case that changed them; none for a bulk import), pushed to the campaign's screens.</summary>
[GenerateSerializer, Immutable, Alias("CaseWallChange")]
public sealed record CaseWallChange
{
    [Id(0)] public required string CampaignId { get; init; }
    [Id(1)] public required GridTile Grid { get; init; }
    [Id(2)] public CaseTick? Case { get; init; }
}
