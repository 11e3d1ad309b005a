using CommandCenter.Cases;

namespace CommandCenter.Grids;

/// <summary>One line of the grid table: the grid, its live counts and its counts per responsible unit.</summary>
[GenerateSerializer, Immutable, Alias("GridRow")]
public sealed record GridRow
{
    [Id(0)] public required GridDefinition Grid { get; init; }
    [Id(1)] public required CaseStats Stats { get; init; }
    [Id(2)] public IReadOnlyDictionary<string, CaseStats> Units { get; init; } = new Dictionary<string, CaseStats>();
    /// <summary>Counts the grid's saved changes, so an older row never replaces a newer one.</summary>
    [Id(3)] public long Version { get; init; }
}
