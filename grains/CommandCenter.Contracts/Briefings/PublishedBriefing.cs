namespace CommandCenter.Briefings;

/// <summary>A published issue (第 N 期) as it was published; a correction is a new revision of the same number.</summary>
[GenerateSerializer, Immutable, Alias("PublishedBriefing")]
public sealed record PublishedBriefing
{
    /// <summary>The issue number within the campaign, from 1 in order of first publication.</summary>
    [Id(0)] public required int Number { get; init; }
    /// <summary>1 for the first publication of the week; each correction adds 1.</summary>
    [Id(1)] public required int Revision { get; init; }
    [Id(2)] public required DateTimeOffset PublishedAt { get; init; }
    [Id(3)] public required string PublishedBy { get; init; }
    [Id(4)] public required Briefing Content { get; init; }
}
