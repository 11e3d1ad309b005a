using CommandCenter.Tasks;

namespace CommandCenter.Wall;

[GenerateSerializer, Immutable, Alias("LineProgress")]
public sealed record LineProgress
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required double Progress { get; init; }
    [Id(2)] public required ProgressStatus Status { get; init; }
}
