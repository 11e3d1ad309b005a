namespace CommandCenter.Assessment;

/// <summary>An event the office records that puts a unit on the black list of the period of its date.</summary>
[GenerateSerializer, Immutable, Alias("BlacklistEvent")]
public sealed record BlacklistEvent
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Unit { get; init; }
    [Id(2)] public required BlacklistEventKind Kind { get; init; }
    [Id(3)] public required string Note { get; init; }
    [Id(4)] public required DateOnly Date { get; init; }
    [Id(5)] public string? Evidence { get; init; }
    [Id(6)] public required string By { get; init; }
    [Id(7)] public required DateTimeOffset At { get; init; }
}
