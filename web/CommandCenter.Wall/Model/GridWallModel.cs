namespace CommandCenter.Wall.Model;

/// <summary>The grid page's data: every grid's counts (replaced by each <c>CaseChanged</c>), the totals, and a ticker of recent cases.</summary>
public sealed class GridWallModel
{
    public const int TickerLength = 14;

    private readonly Dictionary<string, GridTile> _grids = new(StringComparer.Ordinal);
    private readonly LinkedList<CaseTick> _ticker = new();

    public bool Loaded { get; private set; }

    public IEnumerable<GridTile> Grids => _grids.Values.OrderBy(g => g.Code, StringComparer.Ordinal);

    public IEnumerable<CaseTick> Ticker => _ticker;

    public CaseStats Total => _grids.Values.Aggregate(CaseStats.Zero, (sum, g) => sum + g.Stats);

    public void Load(GridBoard board)
    {
        _grids.Clear();
        foreach (var grid in board.Grids)
        {
            _grids[grid.Code] = grid;
        }

        _ticker.Clear();
        foreach (var tick in board.Recent.Take(TickerLength))
        {
            _ticker.AddLast(tick);
        }

        Loaded = true;
    }

    public void Apply(CaseWallChange change)
    {
        _grids[change.Grid.Code] = change.Grid;
        if (change.Case is { } tick)
        {
            _ticker.AddFirst(tick);
            while (_ticker.Count > TickerLength)
            {
                _ticker.RemoveLast();
            }
        }
    }

    /// <summary>The heat-map level of a grid: overdue cases first, then its closure rate.</summary>
    public static string Level(CaseStats stats) =>
        stats.Overdue > 0 ? "overdue"
        : stats.Received == 0 || stats.ClosureRate >= 0.9 ? "good"
        : stats.ClosureRate >= 0.7 ? "fair"
        : "poor";
}
