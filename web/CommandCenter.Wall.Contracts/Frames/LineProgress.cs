namespace CommandCenter.Wall;

public sealed record LineProgress
{
    public required string Code { get; init; }
    public required double Progress { get; init; }
    public required ProgressStatus Status { get; init; }
}
