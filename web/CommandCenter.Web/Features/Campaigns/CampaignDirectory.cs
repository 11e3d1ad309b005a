namespace CommandCenter.Web.Features.Campaigns;

/// <summary>What the pages read about campaigns: the catalog, a campaign's definition, its snapshot (plan and live values).</summary>
public sealed class CampaignDirectory(IGrainFactory grains)
{
    public Task<IReadOnlyList<CampaignSummary>> List() => grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List();

    public Task<CampaignDefinition?> Definition(string campaignId) => grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition();

    public Task<CampaignSnapshot?> Snapshot(string campaignId) => grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot();
}
