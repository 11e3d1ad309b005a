namespace CommandCenter.Campaigns;

/// <summary>The plan of a campaign: name, dates in its own time zone, lines of effort.</summary>
[GenerateSerializer, Immutable, Alias("CampaignDefinition")]
public sealed record CampaignDefinition
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required DateOnly StartDate { get; init; }
    [Id(3)] public required DateOnly EndDate { get; init; }
    /// <summary>IANA time zone in which the campaign's days and deadlines are counted.</summary>
    [Id(4)] public string TimeZone { get; init; } = "Asia/Shanghai";
    /// <summary>How far (0–1) progress may trail the time elapsed before a task counts as lagging.</summary>
    [Id(5)] public double LagTolerance { get; init; } = 0.10;
    [Id(6)] public IReadOnlyList<LineOfEffortDefinition> Lines { get; init; } = [];
    /// <summary>The weekday of the weekly progress report's deadline (每周五报送), in the campaign's time zone.</summary>
    [Id(7)] public DayOfWeek ReportDay { get; init; } = DayOfWeek.Friday;
    /// <summary>The time of day of the weekly deadline, in the campaign's time zone.</summary>
    [Id(8)] public TimeOnly ReportTime { get; init; } = new(17, 0);
    /// <summary>How many times the plan was saved; set by the campaign, compared when a change is saved (0: never saved).</summary>
    [Id(9)] public long Revision { get; init; }
}
