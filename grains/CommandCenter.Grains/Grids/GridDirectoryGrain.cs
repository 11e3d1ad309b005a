namespace CommandCenter.Grids;

/// <summary>
/// Every grid with its latest counts in memory, so the grid table (and unit and campaign totals) is one call that
/// never touches a case. Grids push their row on every change; on activation the directory asks each grid once.
/// </summary>
public sealed class GridDirectoryGrain(
    [PersistentState("grid-directory", StorageNames.Default)] IPersistentState<GridDirectoryState> state) : Grain, IGridDirectoryGrain
{
    private readonly Dictionary<string, GridRow> _rows = [];

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var rows = await Task.WhenAll(state.State.Grids.Keys.Select(code => GrainFactory.GetGrain<IGridGrain>(code).GetRow()));
        foreach (var row in rows.OfType<GridRow>())
        {
            _rows.TryAdd(row.Grid.Code, row);
        }
    }

    public async Task Register(IReadOnlyList<GridDefinition> grids)
    {
        foreach (var grid in grids)
        {
            state.State.Grids[grid.Code] = grid;
            _rows[grid.Code] = _rows.TryGetValue(grid.Code, out var known) ? known with { Grid = grid } : new GridRow { Grid = grid, Stats = CaseStats.Zero };
        }

        await state.WriteStateAsync();
    }

    public Task<bool> Contains(string code) => Task.FromResult(state.State.Grids.ContainsKey(code));

    public Task Update(GridRow row)
    {
        if (state.State.Grids.ContainsKey(row.Grid.Code) && (!_rows.TryGetValue(row.Grid.Code, out var known) || known.Version <= row.Version))
        {
            _rows[row.Grid.Code] = row;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GridRow>> List() =>
        Task.FromResult<IReadOnlyList<GridRow>>(_rows.Values.OrderBy(r => r.Grid.Code, StringComparer.Ordinal).ToList());
}
