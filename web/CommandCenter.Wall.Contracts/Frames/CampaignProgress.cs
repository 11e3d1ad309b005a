namespace CommandCenter.Wall;

public sealed record CampaignProgress
{
    public required int Day { get; init; }
    public required double TimeElapsed { get; init; }
    public required double Progress { get; init; }
    public required ProgressStatus Status { get; init; }
}
