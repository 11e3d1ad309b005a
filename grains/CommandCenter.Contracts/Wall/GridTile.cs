using CommandCenter.Cases;

namespace CommandCenter.Wall;

/// <summary>A grid on the wall: its name and live counts.</summary>
[GenerateSerializer, Immutable, Alias("GridTile")]
public sealed record GridTile
{
    [Id(0)] public required string Code { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public string District { get; init; } = "";
    [Id(3)] public required CaseStats Stats { get; init; }
}
