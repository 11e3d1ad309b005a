namespace CommandCenter.Web.Features.Grids;

/// <summary>What the pages read about grids: every grid with its counts, or one grid's row.</summary>
public sealed class GridDirectory(IGrainFactory grains)
{
    public Task<IReadOnlyList<GridRow>> List() => grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List();

    public Task<GridRow?> Row(string gridCode) => grains.GetGrain<IGridGrain>(gridCode).GetRow();
}
