namespace CommandCenter.Assessment;

/// <summary>加减分: points the office adds or deducts for a unit, with a reason, a date (which puts it in a period) and optional evidence.</summary>
[GenerateSerializer, Immutable, Alias("Adjustment")]
public sealed record Adjustment
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Subject { get; init; }
    [Id(2)] public required double Points { get; init; }
    [Id(3)] public required string Reason { get; init; }
    [Id(4)] public required DateOnly Date { get; init; }
    /// <summary>明查暗访 findings, a press link, a leader's remark …</summary>
    [Id(5)] public string? Evidence { get; init; }
    [Id(6)] public required string By { get; init; }
    [Id(7)] public required DateTimeOffset At { get; init; }
}
