namespace CommandCenter.Assessment;

/// <summary>What the wall's 排名 page shows: the open period's unit, grid and district standings and the last published period's number.</summary>
public sealed record StandingsBoard
{
    public required string CampaignId { get; init; }
    public required string Period { get; init; }
    public required Standings Units { get; init; }
    public required Standings Grids { get; init; }
    public required Standings Districts { get; init; }
    /// <summary>The latest published period, if any (the wall names it beside the live table).</summary>
    public string? LastPublished { get; init; }
}
