namespace CommandCenter.Cases;

/// <summary>The durable state of a campaign's case rules; null parts fall back to the defaults.</summary>
public sealed class CaseRulesState
{
    public WorkingCalendar? Calendar { get; set; }
    /// <summary>The office's own categories and time limits; null: the default table.</summary>
    public List<CaseCategory>? Categories { get; set; }
    public List<CaseTaskLink> TaskLinks { get; set; } = [];
}
