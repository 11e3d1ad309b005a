namespace CommandCenter.Web.Components.Wall;

/// <summary>What one wall screen shows: the last snapshot with every change since applied in sequence order.</summary>
public sealed class WallModel
{
    public const int FeedLength = 12;

    private readonly LinkedList<WallChange> _feed = new();

    public CampaignSnapshot? Snapshot { get; private set; }

    public IEnumerable<WallChange> Feed => _feed;

    public void Load(CampaignSnapshot snapshot) => Snapshot = snapshot;

    /// <summary>Applies the next change; false when changes were missed and a fresh snapshot is needed.</summary>
    public bool Apply(WallChange change)
    {
        if (Snapshot is not { } snapshot)
        {
            return false;
        }

        if (change.Sequence <= snapshot.Sequence)
        {
            return true; // already part of the snapshot
        }

        if (change.Sequence != snapshot.Sequence + 1)
        {
            return false;
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
