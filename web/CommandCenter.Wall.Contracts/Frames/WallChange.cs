namespace CommandCenter.Wall;

/// <summary>
/// One change of a campaign as pushed to wall screens. <see cref="Sequence"/> is strictly increasing per campaign:
/// a client that sees a gap has missed something and must take a fresh snapshot. In a compacted frame (the latest
/// change of each task since the screen's last frame) <see cref="Follows"/> names the change it follows on from: the
/// numbers between were changes of tasks that change again later in the same frame (docs/HUB-PROTOCOL.md).
/// </summary>
public sealed record WallChange
{
    public required string CampaignId { get; init; }
    public required long Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required TaskView Task { get; init; }
    public required LineProgress Line { get; init; }
    public required CampaignProgress Campaign { get; init; }

    /// <summary>The sequence this change follows on from; null for <see cref="Sequence"/> − 1 (nothing skipped).</summary>
    public long? Follows { get; init; }
}
