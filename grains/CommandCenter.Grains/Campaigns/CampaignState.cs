namespace CommandCenter.Campaigns;

/// <summary>The durable state of a campaign grain (stored as JSON).</summary>
public sealed class CampaignState
{
    public CampaignDefinition? Definition { get; set; }

    /// <summary>Counts activations; the high half of every change sequence number, so numbers never repeat.</summary>
    public long Epoch { get; set; }
}
