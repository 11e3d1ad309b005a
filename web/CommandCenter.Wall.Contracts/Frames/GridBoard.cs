namespace CommandCenter.Wall;

/// <summary>What the wall's grid page starts from: every grid of the campaign, the totals, the latest reported cases.</summary>
public sealed record GridBoard
{
    public required IReadOnlyList<GridTile> Grids { get; init; }
    public required CaseStats Total { get; init; }
    public IReadOnlyList<CaseTick> Recent { get; init; } = [];
}
