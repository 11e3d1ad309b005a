namespace CommandCenter.Assessment;

/// <summary>What the office did about a black-listed unit (约谈, a meeting, a formal step) and when.</summary>
[GenerateSerializer, Immutable, Alias("AccountabilityAction")]
public sealed record AccountabilityAction
{
    [Id(0)] public required DateOnly Date { get; init; }
    [Id(1)] public required string Text { get; init; }
    [Id(2)] public required string By { get; init; }
    [Id(3)] public required DateTimeOffset At { get; init; }
}
