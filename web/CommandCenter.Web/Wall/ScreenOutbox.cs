using W = CommandCenter.Wall.Contracts;
using CommandCenter.Assessment;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// What one screen has yet to be sent of one campaign while its connection is busy: the latest state only — the
/// newest snapshot, the latest change per task (<see cref="FrameCoalescer"/>), the latest counts per grid with the
/// most recent cases, the latest standings, and whether reports changed or a reload was asked for. However long the
/// screen lags, this holds at most one entry per task and grid. Not thread-safe: the screen locks.
/// </summary>
public sealed class ScreenOutbox
{
    /// <summary>Cases kept for the ticker however many grids they touch (the wall's ticker shows fewer).</summary>
    public const int RecentCases = 20;

    private readonly LinkedList<CaseWallChange> _cases = new();
    private readonly Dictionary<string, int> _casesPerGrid = new(StringComparer.Ordinal);
    private FrameCoalescer _changes = new();
    private CampaignSnapshot? _snapshot;
    private StandingsBoard? _standings;
    private bool _reportsChanged;
    private bool _reload;

    /// <summary>Entries waiting: changes, grid counts, a snapshot and standings.</summary>
    public int Count => _changes.Count + _cases.Count + (_snapshot is null ? 0 : 1) + (_standings is null ? 0 : 1);

    public bool IsEmpty => Count == 0 && !_reportsChanged && !_reload;

    /// <summary>The message went out to the screen as it is (the screen was up to date).</summary>
    public void Passed(ScreenMessage message)
    {
        switch (message.Argument)
        {
            case List<WallChange> { Count: > 0 } frame:
                _changes.Passed(frame[^1].Sequence);
                break;
            case CampaignSnapshot snapshot:
                _changes = new FrameCoalescer();
                _changes.Passed(snapshot.Sequence);
                break;
        }
    }

    public void Merge(ScreenMessage message)
    {
        switch (message.Target, message.Argument)
        {
            case (nameof(W.IWallClient.Changes), List<WallChange> frame):
                _changes.AddRange(frame);
                break;
            case (nameof(W.IWallClient.Snapshot), CampaignSnapshot snapshot):
                // A snapshot starts a new run of numbers and holds every change before it.
                _snapshot = snapshot;
                _changes = new FrameCoalescer();
                _changes.Passed(snapshot.Sequence);
                break;
            case (nameof(W.IWallClient.CaseChanged), CaseWallChange change):
                AddCase(change);
                break;
            case (nameof(W.IWallClient.Standings), StandingsBoard board):
                _standings = board;
                break;
            case (nameof(W.IWallClient.ReportsChanged), _):
                _reportsChanged = true;
                break;
            case (nameof(W.IWallClient.Reload), _):
                _reload = true;
                break;
        }
    }

    /// <summary>What to send, in order; empties the outbox.</summary>
    public void TakeInto(List<SerializedHubMessage> messages)
    {
        if (_snapshot is { } snapshot)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.Snapshot), snapshot));
            _snapshot = null;
        }

        if (_changes.Count > 0)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.Changes), _changes.Take()));
        }

        foreach (var change in _cases)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.CaseChanged), change));
        }

        _cases.Clear();
        _casesPerGrid.Clear();
        if (_standings is { } standings)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.Standings), standings));
            _standings = null;
        }

        if (_reportsChanged)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.ReportsChanged), null));
            _reportsChanged = false;
        }

        if (_reload)
        {
            messages.Add(ScreenMessage.Serialized(nameof(W.IWallClient.Reload), null));
            _reload = false;
        }
    }

    /// <summary>
    /// Keeps the <see cref="RecentCases"/> latest changes whole; an older one only while it is its grid's latest, so
    /// every grid ends with its newest counts (each change carries the grid's counts as of it).
    /// </summary>
    private void AddCase(CaseWallChange change)
    {
        _cases.AddLast(change);
        _casesPerGrid[change.Grid.Code] = _casesPerGrid.GetValueOrDefault(change.Grid.Code) + 1;
        var node = _cases.First;
        for (var older = _cases.Count - RecentCases; older > 0 && node is not null; older--)
        {
            var next = node.Next;
            var grid = node.Value.Grid.Code;
            if (_casesPerGrid[grid] > 1)
            {
                _casesPerGrid[grid]--;
                _cases.Remove(node);
            }

            node = next;
        }
    }
}
