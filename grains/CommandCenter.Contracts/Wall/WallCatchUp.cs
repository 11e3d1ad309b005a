using CommandCenter.Campaigns;

namespace CommandCenter.Wall;

/// <summary>
/// What a screen that last saw a given sequence number needs: the changes since, when the campaign's bounded change
/// log still holds them, or else a fresh snapshot.
/// </summary>
[GenerateSerializer, Immutable, Alias("WallCatchUp")]
public sealed record WallCatchUp
{
    [Id(0)] public IReadOnlyList<WallChange> Changes { get; init; } = [];
    [Id(1)] public CampaignSnapshot? Snapshot { get; init; }
    /// <summary>With a snapshot: the last changes it already includes, oldest first, for the screen's live feed.</summary>
    [Id(2)] public IReadOnlyList<WallChange> Recent { get; init; } = [];
}
