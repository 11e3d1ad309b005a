namespace CommandCenter.Wall;

/// <summary>A grid on the wall: its name and live counts.</summary>
public sealed record GridTile
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public string District { get; init; } = "";
    public required CaseStats Stats { get; init; }
}
