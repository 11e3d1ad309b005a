namespace CommandCenter.Reports;

/// <summary>The weekly reports of one campaign week: the deadline and every lead unit's status.</summary>
[GenerateSerializer, Immutable, Alias("WeekReports")]
public sealed record WeekReports
{
    [Id(0)] public required string CampaignId { get; init; }
    /// <summary>The Monday that starts the week, in the campaign's time zone.</summary>
    [Id(1)] public required DateOnly Week { get; init; }
    [Id(2)] public required DateTimeOffset Deadline { get; init; }
    [Id(3)] public required IReadOnlyList<UnitReport> Units { get; init; }
}
