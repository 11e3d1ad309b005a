namespace CommandCenter.Wall;

/// <summary>A grid's counts changed (with the case that changed them; none for a bulk import), pushed to the campaign's screens.</summary>
public sealed record CaseWallChange
{
    public required string CampaignId { get; init; }
    public required GridTile Grid { get; init; }
    public CaseTick? Case { get; init; }
}
