namespace CommandCenter.Cases;

/// <summary>One step of a case's history: who moved it where, when, with what note.</summary>
[GenerateSerializer, Immutable, Alias("CaseStep")]
public sealed record CaseStep
{
    [Id(0)] public required DateTimeOffset At { get; init; }
    [Id(1)] public required string By { get; init; }
    [Id(2)] public required CaseStatus To { get; init; }
    [Id(3)] public string Note { get; init; } = "";
    [Id(4)] public string? Unit { get; init; }
}
