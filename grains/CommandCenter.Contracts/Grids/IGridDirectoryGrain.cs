namespace CommandCenter.Grids;

/// <summary>Every grid and its latest counts, so the grid table is one call; keyed <see cref="Key"/>.</summary>
[Alias("IGridDirectoryGrain")]
public interface IGridDirectoryGrain : IGrainWithStringKey
{
    const string Key = "all";

    /// <summary>Adds or replaces grids (an import).</summary>
    [Alias("Register")]
    Task Register(IReadOnlyList<GridDefinition> grids);

    [Alias("Contains")]
    Task<bool> Contains(string code);

    /// <summary>A grid's counts changed.</summary>
    [OneWay, Alias("Update")]
    Task Update(GridRow row);

    [Alias("List")]
    Task<IReadOnlyList<GridRow>> List();
}
