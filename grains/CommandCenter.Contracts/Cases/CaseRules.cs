namespace CommandCenter.Cases;

/// <summary>What a campaign's cases are judged by.</summary>
[GenerateSerializer, Immutable, Alias("CaseRules")]
public sealed record CaseRules
{
    [Id(0)] public required WorkingCalendar Calendar { get; init; }
    [Id(1)] public required IReadOnlyList<CaseCategory> Categories { get; init; }
    [Id(2)] public IReadOnlyList<CaseTaskLink> TaskLinks { get; init; } = [];
}
