namespace CommandCenter.Reports;

/// <summary>The weekly reports of one campaign week: the deadline and every lead unit's status.</summary>
public sealed record WeekReports
{
    public required string CampaignId { get; init; }
    /// <summary>The Monday that starts the week, in the campaign's time zone.</summary>
    public required DateOnly Week { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public required IReadOnlyList<UnitReport> Units { get; init; }
}
