namespace CommandCenter.Wall.Model;

/// <summary>
/// The playlist of wall pages: <c>?pages=overview,tasks,reports&amp;interval=30</c> rotates (15–300 s), a single page pins it.
/// </summary>
public sealed class WallRotation
{
    public const string Overview = "overview";
    public const string Tasks = "tasks";
    public const string Reports = "reports";
    public const string Grids = "grids";
    public const string Ranking = "ranking";
    /// <summary>The grid map; shown when asked for (<c>?pages=map</c>), not in the default playlist.</summary>
    public const string Map = "map";
    public const int DefaultIntervalSeconds = 30;

    private static readonly string[] Known = [Overview, Tasks, Reports, Grids, Ranking];

    private static readonly string[] Selectable = [.. Known, Map];

    private readonly IReadOnlyList<string> _pages;
    private readonly TimeSpan _interval;
    private DateTimeOffset _shownSince = DateTimeOffset.UtcNow;
    private int _index;

    private WallRotation(IReadOnlyList<string> pages, TimeSpan interval) => (_pages, _interval) = (pages, interval);

    public static WallRotation Default => new(Known, TimeSpan.FromSeconds(DefaultIntervalSeconds));

    public string Current => _pages[_index];

    public IReadOnlyList<string> Pages => _pages;

    public TimeSpan Interval => _interval;

    public static WallRotation From(string? pages, int? intervalSeconds)
    {
        var chosen = (pages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.ToLowerInvariant()).Where(Selectable.Contains).Distinct().ToList();
        var seconds = Math.Clamp(intervalSeconds ?? DefaultIntervalSeconds, 15, 300);
        return new WallRotation(chosen.Count > 0 ? chosen : Known, TimeSpan.FromSeconds(seconds));
    }

    /// <summary>Moves to the next page when the current one has been shown long enough; true when it moved.</summary>
    public bool Advance(DateTimeOffset now)
    {
        if (_pages.Count < 2 || now - _shownSince < _interval)
        {
            return false;
        }

        _index = (_index + 1) % _pages.Count;
        _shownSince = now;
        return true;
    }
}
