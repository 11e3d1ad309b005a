namespace CommandCenter.Campaigns;

/// <summary>The list of all campaigns; a single instance keyed by <see cref="Key"/>.</summary>
[Alias("ICampaignCatalogGrain")]
public interface ICampaignCatalogGrain : IGrainWithStringKey
{
    const string Key = "all";

    [Alias("Upsert")]
    Task Upsert(CampaignSummary campaign);

    [Alias("List")]
    Task<IReadOnlyList<CampaignSummary>> List();
}
