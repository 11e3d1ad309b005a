using CommandCenter.Cases;

namespace CommandCenter.Wall;

/// <summary>A case as the wall's ticker shows it.</summary>
[GenerateSerializer, Immutable, Alias("CaseTick")]
public sealed record CaseTick
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string GridCode { get; init; }
    [Id(2)] public required string Category { get; init; }
    [Id(3)] public required string Subcategory { get; init; }
    [Id(4)] public required CaseStatus Status { get; init; }
    [Id(5)] public string? Unit { get; init; }
    [Id(6)] public bool Overdue { get; init; }
    [Id(7)] public required DateTimeOffset At { get; init; }

    public static CaseTick Of(CaseView c, DateTimeOffset at) => new()
    {
        Id = c.Id, GridCode = c.GridCode, Category = c.Category, Subcategory = c.Subcategory, Status = c.Status, Unit = c.Unit,
        Overdue = c.IsOpen && c.Overdue, At = at,
    };
}
