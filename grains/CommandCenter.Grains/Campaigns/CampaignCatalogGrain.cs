namespace CommandCenter.Campaigns;

/// <summary>The list of all campaigns, kept in storage.</summary>
public sealed class CampaignCatalogGrain(
    [PersistentState("catalog", StorageNames.Default)] IPersistentState<List<CampaignSummary>> state) : Grain, ICampaignCatalogGrain
{
    public async Task Upsert(CampaignSummary campaign)
    {
        state.State.RemoveAll(c => c.Id == campaign.Id);
        state.State.Add(campaign);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<CampaignSummary>> List() =>
        Task.FromResult<IReadOnlyList<CampaignSummary>>(state.State.OrderBy(c => c.StartDate).ToList());
}
