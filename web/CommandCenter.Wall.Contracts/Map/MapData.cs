namespace CommandCenter.Wall.Contracts;

/// <summary>What a map page draws: the grids with their boundaries and the open cases that have a position.</summary>
public sealed record MapData(IReadOnlyList<MapGrid> Grids, IReadOnlyList<MapCase> Cases)
{
    /// <summary>At most this many case points go to a map (the newest open cases).</summary>
    public const int MaxCases = 2000;

    public static MapData Empty { get; } = new([], []);
}
