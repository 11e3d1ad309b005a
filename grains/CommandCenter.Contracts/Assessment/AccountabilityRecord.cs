namespace CommandCenter.Assessment;

/// <summary>
/// One line of the accountability record (问责台账): a unit black-listed in a published period, its stage on the
/// consequence ladder, the explanation (说明) it owes by a deadline, and what the office did. Records are never removed.
/// </summary>
[GenerateSerializer, Immutable, Alias("AccountabilityRecord")]
public sealed record AccountabilityRecord
{
    [Id(0)] public required string Unit { get; init; }
    [Id(1)] public required string Period { get; init; }
    /// <summary>Consecutive published periods on the black list, this one included.</summary>
    [Id(2)] public required int ConsecutiveBlack { get; init; }
    /// <summary>1-based stage on the ladder (capped at its top).</summary>
    [Id(3)] public required int Stage { get; init; }
    [Id(4)] public required string StageName { get; init; }
    [Id(5)] public IReadOnlyList<BlackReason> Reasons { get; init; } = [];
    [Id(6)] public required DateTimeOffset ExplanationDeadline { get; init; }
    [Id(7)] public string? Explanation { get; init; }
    [Id(8)] public DateTimeOffset? ExplainedAt { get; init; }
    [Id(9)] public string? ExplainedBy { get; init; }
    [Id(10)] public IReadOnlyList<AccountabilityAction> Actions { get; init; } = [];
    /// <summary>False once a later published period no longer puts the unit on the black list.</summary>
    [Id(11)] public bool OnList { get; init; } = true;
    [Id(12)] public double? Score { get; init; }
    [Id(13)] public int? Rank { get; init; }
}
