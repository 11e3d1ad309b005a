namespace CommandCenter.Web.Wall;

/// <summary>
/// The latest change of each task since the last frame taken, and which sequence numbers those cover: a frame built
/// from it holds at most one change per task, so its size is bounded by the campaign, not by the update rate. Each
/// change of a frame says which change it follows on from (<see cref="WallChange.Follows"/>); the numbers in between
/// were received here and replaced by later changes of the same tasks in the frame. Numbers never received (a change
/// lost on its way to this host) are never declared skipped, so a screen still sees the gap and catches up.
/// Not thread-safe: the owner locks.
/// </summary>
public sealed class FrameCoalescer
{
    private readonly Dictionary<string, WallChange> _latest = new(StringComparer.Ordinal);
    private readonly List<(long From, long To)> _covered = [];
    private long? _lastTaken;

    /// <summary>How many changes wait for the next frame (at most one per task).</summary>
    public int Count => _latest.Count;

    /// <summary>
    /// The last sequence of the frames taken or passed by (<see cref="Passed"/>), which the next frame follows on from
    /// when nothing in between is missing.
    /// </summary>
    public long? LastTaken => _lastTaken;

    /// <summary>Adds a change; one from a compacted frame brings the numbers it declares skipped with it.</summary>
    public void Add(WallChange change)
    {
        Cover((change.Follows ?? change.Sequence - 1) + 1, change.Sequence);
        if (!_latest.TryGetValue(change.Task.Id, out var known) || known.Sequence < change.Sequence)
        {
            _latest[change.Task.Id] = change;
        }
    }

    public void AddRange(IEnumerable<WallChange> changes)
    {
        foreach (var change in changes)
        {
            Add(change);
        }
    }

    /// <summary>A frame ending at <paramref name="sequence"/> went out without this coalescer (the screen was up to date).</summary>
    public void Passed(long sequence) => _lastTaken = Math.Max(_lastTaken ?? long.MinValue, sequence);

    /// <summary>The waiting changes in sequence order, each with what it follows on from; empties the coalescer.</summary>
    public List<WallChange> Take()
    {
        var frame = new List<WallChange>(_latest.Count);
        var previous = _lastTaken;
        foreach (var change in _latest.Values.OrderBy(c => c.Sequence))
        {
            var start = StartOfRun(change.Sequence);
            // The numbers after the previous change are all received (replaced by changes in this frame) only when the
            // previous change reaches the run this one is in.
            var follows = previous is { } p && p >= start - 1 && p < change.Sequence ? p : start - 1;
            frame.Add(change with { Follows = follows });
            previous = change.Sequence;
        }

        if (previous is { } last)
        {
            Passed(last);
        }

        _latest.Clear();
        _covered.Clear();
        return frame;
    }

    /// <summary>The same change list compacted: the latest change of each task, the first following on from <paramref name="after"/>.</summary>
    public static List<WallChange> Compact(IEnumerable<WallChange> changes, long after)
    {
        var coalescer = new FrameCoalescer();
        coalescer.Passed(after);
        coalescer.AddRange(changes);
        return coalescer.Take();
    }

    private void Cover(long from, long to)
    {
        // Changes arrive in order nearly always: extend the last run; otherwise insert and merge.
        if (_covered.Count > 0 && _covered[^1] is var tail && from >= tail.From && from <= tail.To + 1)
        {
            _covered[^1] = (tail.From, Math.Max(tail.To, to));
            return;
        }

        _covered.Add((from, to));
        _covered.Sort();
        var merged = new List<(long From, long To)>(_covered.Count);
        foreach (var run in _covered)
        {
            if (merged.Count > 0 && run.From <= merged[^1].To + 1)
            {
                merged[^1] = (merged[^1].From, Math.Max(merged[^1].To, run.To));
            }
            else
            {
                merged.Add(run);
            }
        }

        _covered.Clear();
        _covered.AddRange(merged);
    }

    private long StartOfRun(long sequence)
    {
        foreach (var (from, to) in _covered)
        {
            if (sequence >= from && sequence <= to)
            {
                return from;
            }
        }

        return sequence;
    }
}
