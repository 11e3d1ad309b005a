namespace CommandCenter.Wall;

/// <summary>A case as the wall's ticker shows it.</summary>
public sealed record CaseTick
{
    public required string Id { get; init; }
    public required string GridCode { get; init; }
    public required string Category { get; init; }
    public required string Subcategory { get; init; }
    public required CaseStatus Status { get; init; }
    public string? Unit { get; init; }
    public bool Overdue { get; init; }
    public required DateTimeOffset At { get; init; }
}
