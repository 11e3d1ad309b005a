namespace CommandCenter.Wall.Map;

/// <summary>A grid's live figures the map colours by.</summary>
public sealed record GridFigures(int Received, int Overdue, double ClosureRate)
{
    public static GridFigures None { get; } = new(0, 0, 0);
}
