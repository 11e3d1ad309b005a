namespace CommandCenter.Cases;

/// <summary>A campaign's working calendar (default: China's office hours in the campaign's time zone), categories and case-counting tasks.</summary>
public sealed class CaseRulesGrain(
    [PersistentState("case-rules", StorageNames.Default)] IPersistentState<CaseRulesState> state) : Grain, ICaseRulesGrain
{
    public async Task<CaseRules> Get() => new()
    {
        Calendar = state.State.Calendar ?? WorkingCalendar.Default(await TimeZone()),
        Categories = state.State.Categories ?? CaseCategories.Default,
        TaskLinks = state.State.TaskLinks,
    };

    public async Task SetCategories(IReadOnlyList<CaseCategory> categories)
    {
        state.State.Categories = [.. categories];
        await state.WriteStateAsync();
    }

    public async Task SetCalendar(WorkingCalendar calendar)
    {
        state.State.Calendar = calendar;
        await state.WriteStateAsync();
    }

    public async Task LinkTask(CaseTaskLink link)
    {
        state.State.TaskLinks.RemoveAll(l => l.Category == link.Category && l.Subcategory == link.Subcategory);
        state.State.TaskLinks.Add(link);
        await state.WriteStateAsync();
    }

    private async Task<string> TimeZone()
    {
        var id = this.GetPrimaryKeyString();
        return id != ICaseRulesGrain.NoCampaign && await GrainFactory.GetGrain<ICampaignGrain>(id).GetDefinition() is { } campaign
            ? campaign.TimeZone
            : "Asia/Shanghai";
    }
}
