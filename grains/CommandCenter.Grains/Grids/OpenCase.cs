namespace CommandCenter.Grids;

/// <summary>An open case in its grid's index.</summary>
public sealed class OpenCase
{
    public DateTimeOffset Deadline { get; set; }
    public bool Overdue { get; set; }
}
