namespace CommandCenter.Cases;

/// <summary>A case recorded elsewhere (e.g. a digital city-management system), imported with the status it has reached.</summary>
[GenerateSerializer, Immutable, Alias("HistoricalCase")]
public sealed record HistoricalCase
{
    [Id(0)] public required string Category { get; init; }
    [Id(1)] public required string Subcategory { get; init; }
    [Id(2)] public required CaseSource Source { get; init; }
    [Id(3)] public required string Description { get; init; }
    [Id(4)] public string Location { get; init; } = "";
    [Id(5)] public required DateTimeOffset ReportedAt { get; init; }
    [Id(6)] public required string ReportedBy { get; init; }
    [Id(7)] public required CaseStatus Status { get; init; }
    /// <summary>Required once the case was dispatched.</summary>
    [Id(8)] public string? Unit { get; init; }
    [Id(9)] public int ReworkCount { get; init; }
    /// <summary>Required for a closed case.</summary>
    [Id(10)] public DateTimeOffset? ClosedAt { get; init; }
    [Id(11)] public string? Verifier { get; init; }
}
