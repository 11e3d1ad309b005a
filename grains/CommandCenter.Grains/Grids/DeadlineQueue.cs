namespace CommandCenter.Grids;

/// <summary>A grid's open, not yet overdue cases ordered by deadline, so a check looks only at those already due.</summary>
public sealed class DeadlineQueue
{
    private readonly SortedSet<(DateTimeOffset Deadline, string Id)> _queue = [];
    private readonly Dictionary<string, DateTimeOffset> _deadlines = [];

    public int Count => _queue.Count;

    public void Set(string id, DateTimeOffset deadline)
    {
        Remove(id);
        _queue.Add((deadline, id));
        _deadlines[id] = deadline;
    }

    public void Remove(string id)
    {
        if (_deadlines.Remove(id, out var deadline))
        {
            _queue.Remove((deadline, id));
        }
    }

    /// <summary>The cases whose deadline is at or before <paramref name="now"/>, earliest first.</summary>
    public IEnumerable<string> Due(DateTimeOffset now) => _queue.TakeWhile(e => e.Deadline <= now).Select(e => e.Id);
}
