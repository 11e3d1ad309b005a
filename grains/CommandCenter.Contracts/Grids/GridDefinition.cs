namespace CommandCenter.Grids;

/// <summary>A grid cell (网格): code, name, street, grid head, members, optional boundary; optionally part of a campaign.</summary>
[GenerateSerializer, Immutable, Alias("GridDefinition")]
public sealed record GridDefinition
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string District { get; init; } = "";
    [Id(3)] public string GridHead { get; init; } = "";
    [Id(4)] public IReadOnlyList<string> Members { get; init; } = [];
    /// <summary>The grid's boundary as a GeoJSON polygon, if known.</summary>
    [Id(5)] public string? GeoJson { get; init; }
    /// <summary>The campaign whose rates and tasks the grid's cases count toward.</summary>
    [Id(6)] public string? CampaignId { get; init; }
}
