namespace CommandCenter.Briefings;

/// <summary>One published week in a campaign's list of briefings.</summary>
[GenerateSerializer, Immutable, Alias("BriefingSummary")]
public sealed record BriefingSummary
{
    [Id(0)] public required DateOnly Week { get; init; }
    [Id(1)] public required int Number { get; init; }
    [Id(2)] public required int Revisions { get; init; }
    [Id(3)] public required DateTimeOffset LastPublishedAt { get; init; }
}
