namespace CommandCenter.Assessment;

/// <summary>One subject's place in a period: rank, score with its breakdown, change against the previous period, list.</summary>
public sealed record Standing
{
    /// <summary>The unit's name, the grid's code or the district's name.</summary>
    public required string Subject { get; init; }
    /// <summary>The grid's name; otherwise the subject.</summary>
    public string? Name { get; init; }
    /// <summary>1 is best; ties share a rank (1, 2, 2, 4). Null: unranked (a grid with no cases).</summary>
    public int? Rank { get; init; }
    /// <summary>0–100, one decimal; null when unranked.</summary>
    public double? Score { get; init; }
    public IReadOnlyList<IndicatorScore> Indicators { get; init; } = [];
    public ListKind List { get; init; }
    public IReadOnlyList<BlackReason> Reasons { get; init; } = [];
    /// <summary>Places gained since the previous published period (positive: up ↑); null when it was not ranked then.</summary>
    public int? RankChange { get; init; }
    /// <summary>The notes of the events that put the unit on the black list.</summary>
    public IReadOnlyList<string> EventNotes { get; init; } = [];
}
