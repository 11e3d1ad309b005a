namespace CommandCenter.Cases;

/// <summary>One stretch of working time within a working day, e.g. 09:00–12:00, in the campaign's time zone.</summary>
[GenerateSerializer, Immutable, Alias("WorkingPeriod")]
public sealed record WorkingPeriod
{
    [Id(0)] public required TimeOnly Start { get; init; }
    [Id(1)] public required TimeOnly End { get; init; }
}
