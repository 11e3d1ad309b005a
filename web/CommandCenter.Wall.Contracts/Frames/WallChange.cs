namespace CommandCenter.Wall.Contracts;

/// <summary>
/// One change of a campaign as pushed to wall screens. <see cref="Sequence"/> is strictly increasing per campaign:
/// a client that sees a gap has missed something and must take a fresh snapshot.
/// </summary>
public sealed record WallChange
{
    public required string CampaignId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required TaskView Task { get; init; }
    public required LineProgress Line { get; init; }
    public required CampaignProgress Campaign { get; init; }
}
