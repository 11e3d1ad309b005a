namespace CommandCenter.Campaigns;

/// <summary>Everything a wall needs to draw a campaign, as of change <see cref="Sequence"/>.</summary>
public sealed record CampaignSnapshot
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required DateOnly StartDate { get; init; }
    public required DateOnly EndDate { get; init; }
    public required string TimeZone { get; init; }
    /// <summary>Day N of <see cref="TotalDays"/>, counted in the campaign's time zone (0 before the start).</summary>
    public required int Day { get; init; }
    public required int TotalDays { get; init; }
    public required double TimeElapsed { get; init; }
    public required double Progress { get; init; }
    public required ProgressStatus Status { get; init; }
    public required IReadOnlyList<LineOfEffortView> Lines { get; init; }
    /// <summary>The sequence number of the last change included in this snapshot.</summary>
    public required long Sequence { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }
    /// <summary>
    /// The last changes this snapshot already includes, oldest first (at most a feed's length, fewer when the campaign's
    /// change log holds fewer): the screen's live feed shows them at once instead of waiting for the next change. Filled
    /// where the hub sends a snapshot to a screen; empty in the grain's snapshot.
    /// </summary>
    public IReadOnlyList<WallChange> Recent { get; init; } = [];
}
