namespace CommandCenter.Campaigns;

/// <summary>The id of the demo drive seeded into an empty database; the pages that need a campaign and name none show it.</summary>
public static class DemoCampaignId
{
    public const string Value = "dagan100";
}
