namespace CommandCenter.Wall.Model;

/// <summary>
/// What one wall screen shows: the last snapshot with every change since applied in sequence order
/// (docs/HUB-PROTOCOL.md). Changes that arrive before the first snapshot wait for it. A compacted frame holds only the
/// latest change of each task; each change names the one it follows on from (<c>follows</c>), and the numbers between
/// were replaced by later changes in the same frame.
/// </summary>
public sealed class WallModel
{
    public const int FeedLength = 12;

    private readonly LinkedList<WallChange> _feed = new();
    private readonly List<WallChange> _early = [];

    public CampaignSnapshot? Snapshot { get; private set; }

    public IEnumerable<WallChange> Feed => _feed;

    /// <summary>The sequence number of the last change shown, or -1 before the first snapshot.</summary>
    public long Sequence => Snapshot?.Sequence ?? -1;

    /// <summary>Shows <paramref name="snapshot"/>; its recent changes, if it carries any, replace the live feed.</summary>
    /// <returns>False when the changes that waited for the snapshot do not follow on from it.</returns>
    public bool Load(CampaignSnapshot snapshot)
    {
        Snapshot = snapshot;
        if (snapshot.Recent.Count > 0)
        {
            // The changes the snapshot already holds: the feed shows them at once (newest first), not "waiting".
            _feed.Clear();
            foreach (var change in snapshot.Recent.OrderByDescending(c => c.Sequence).Take(FeedLength))
            {
                _feed.AddLast(change);
            }
        }

        var early = _early.OrderBy(c => c.Sequence).ToList();
        _early.Clear();
        return early.All(Apply);
    }

    /// <summary>Applies the next change; false when changes were missed and the screen must catch up.</summary>
    public bool Apply(WallChange change)
    {
        if (Snapshot is not { } snapshot)
        {
            _early.Add(change);
            return true;
        }

        if (change.Sequence <= snapshot.Sequence)
        {
            return true; // already shown
        }

        if ((change.Follows ?? change.Sequence - 1) > snapshot.Sequence)
        {
            return false; // a change between the last one shown and this one never came
        }

        var lines = snapshot.Lines.Select(line => line.Code != change.Line.Code ? line : line with
        {
            Progress = change.Line.Progress,
            Status = change.Line.Status,
            Tasks = line.Tasks.Select(t => t.Id == change.Task.Id ? change.Task : t).ToList(),
        }).ToList();
        Snapshot = snapshot with
        {
            Lines = lines,
            Day = change.Campaign.Day,
            TimeElapsed = change.Campaign.TimeElapsed,
            Progress = change.Campaign.Progress,
            Status = change.Campaign.Status,
            Sequence = change.Sequence,
        };
        _feed.AddFirst(change);
        if (_feed.Count > FeedLength)
        {
            _feed.RemoveLast();
        }

        return true;
    }
}
