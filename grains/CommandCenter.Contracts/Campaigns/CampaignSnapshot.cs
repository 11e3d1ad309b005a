using CommandCenter.Tasks;

namespace CommandCenter.Campaigns;

/// <summary>Everything a wall needs to draw a campaign, as of change <see cref="Sequence"/>.</summary>
[GenerateSerializer, Immutable, Alias("CampaignSnapshot")]
public sealed record CampaignSnapshot
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string Name { get; init; }
    [Id(2)] public required DateOnly StartDate { get; init; }
    [Id(3)] public required DateOnly EndDate { get; init; }
    [Id(4)] public required string TimeZone { get; init; }
    /// <summary>Day N of <see cref="TotalDays"/>, counted in the campaign's time zone (0 before the start).</summary>
    [Id(5)] public required int Day { get; init; }
    [Id(6)] public required int TotalDays { get; init; }
    [Id(7)] public required double TimeElapsed { get; init; }
    [Id(8)] public required double Progress { get; init; }
    [Id(9)] public required ProgressStatus Status { get; init; }
    [Id(10)] public required IReadOnlyList<LineOfEffortView> Lines { get; init; }
    /// <summary>The sequence number of the last change included in this snapshot.</summary>
    [Id(11)] public required long Sequence { get; init; }
    [Id(12)] public required DateTimeOffset GeneratedAt { get; init; }
}
