using CommandCenter.Tasks;

namespace CommandCenter.Wall;

[GenerateSerializer, Immutable, Alias("CampaignProgress")]
public sealed record CampaignProgress
{
    [Id(0)] public required int Day { get; init; }
    [Id(1)] public required double TimeElapsed { get; init; }
    [Id(2)] public required double Progress { get; init; }
    [Id(3)] public required ProgressStatus Status { get; init; }
}
