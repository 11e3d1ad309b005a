namespace CommandCenter.Assessment;

/// <summary>What the wall's 排名 page shows: the open period's unit, grid and district standings and the last published period's number.</summary>
[GenerateSerializer, Immutable, Alias("StandingsBoard")]
public sealed record StandingsBoard
{
    [Id(0)] public required string CampaignId { get; init; }
    [Id(1)] public required string Period { get; init; }
    [Id(2)] public required Standings Units { get; init; }
    [Id(3)] public required Standings Grids { get; init; }
    [Id(4)] public required Standings Districts { get; init; }
    /// <summary>The latest published period, if any (the wall names it beside the live table).</summary>
    [Id(5)] public string? LastPublished { get; init; }
}
