namespace CommandCenter.Assessment;

/// <summary>One subject's place in a period: rank, score with its breakdown, change against the previous period, list.</summary>
[GenerateSerializer, Immutable, Alias("Standing")]
public sealed record Standing
{
    /// <summary>The unit's name, the grid's code or the district's name.</summary>
    [Id(0)] public required string Subject { get; init; }
    /// <summary>The grid's name; otherwise the subject.</summary>
    [Id(1)] public string? Name { get; init; }
    /// <summary>1 is best; ties share a rank (1, 2, 2, 4). Null: unranked (a grid with no cases).</summary>
    [Id(2)] public int? Rank { get; init; }
    /// <summary>0–100, one decimal; null when unranked.</summary>
    [Id(3)] public double? Score { get; init; }
    [Id(4)] public IReadOnlyList<IndicatorScore> Indicators { get; init; } = [];
    [Id(5)] public ListKind List { get; init; }
    [Id(6)] public IReadOnlyList<BlackReason> Reasons { get; init; } = [];
    /// <summary>Places gained since the previous published period (positive: up ↑); null when it was not ranked then.</summary>
    [Id(7)] public int? RankChange { get; init; }
    /// <summary>The notes of the events that put the unit on the black list.</summary>
    [Id(8)] public IReadOnlyList<string> EventNotes { get; init; } = [];
}
