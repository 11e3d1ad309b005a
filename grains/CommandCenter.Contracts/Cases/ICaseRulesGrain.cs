namespace CommandCenter.Cases;

/// <summary>A campaign's case rules (working calendar, categories with time limits, tasks that count cases); keyed by campaign id, <see cref="NoCampaign"/> for grids outside any campaign.</summary>
[Alias("ICaseRulesGrain")]
public interface ICaseRulesGrain : IGrainWithStringKey
{
    const string NoCampaign = "_";

    [AlwaysInterleave, Alias("Get")]
    Task<CaseRules> Get();

    /// <summary>Replaces the categories and their time limits (the city's own standard); cases already reported keep their deadlines.</summary>
    [Alias("SetCategories")]
    Task SetCategories(IReadOnlyList<CaseCategory> categories);

    [Alias("SetCalendar")]
    Task SetCalendar(WorkingCalendar calendar);

    /// <summary>Links a category (and optionally one subcategory) to a quantity task: each case of it closed adds 1 to the task.</summary>
    [Alias("LinkTask")]
    Task LinkTask(CaseTaskLink link);
}
