using CommandCenter.Cases;

namespace CommandCenter.Wall;

/// <summary>What the wall's grid page starts from: every grid of the campaign, the totals, the latest reported cases.</summary>
[GenerateSerializer, Immutable, Alias("GridBoard")]
public sealed record GridBoard
{
    [Id(0)] public required IReadOnlyList<GridTile> Grids { get; init; }
    [Id(1)] public required CaseStats Total { get; init; }
    [Id(2)] public IReadOnlyList<CaseTick> Recent { get; init; } = [];
}
