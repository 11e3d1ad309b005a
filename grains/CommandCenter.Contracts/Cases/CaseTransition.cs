namespace CommandCenter.Cases;

/// <summary>A request to move a case to its next status.</summary>
[GenerateSerializer, Immutable, Alias("CaseTransition")]
public sealed record CaseTransition
{
    [Id(0)] public required CaseStatus To { get; init; }
    /// <summary>The unit a case is dispatched to (required for <see cref="CaseStatus.Dispatched"/>).</summary>
    [Id(1)] public string? Unit { get; init; }
    [Id(2)] public string Note { get; init; } = "";
    [Id(3)] public required string By { get; init; }
}
