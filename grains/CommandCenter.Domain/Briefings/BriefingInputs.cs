namespace CommandCenter.Briefings;

/// <summary>Everything a week's briefing is compiled from, read beforehand so that compiling is pure.</summary>
public sealed record BriefingInputs
{
    public required CampaignDefinition Campaign { get; init; }
    /// <summary>Every task of the campaign as it is now (plan, target, owner).</summary>
    public required IReadOnlyList<TaskView> Tasks { get; init; }
    public required DateOnly Week { get; init; }
    public required WeekReports Reports { get; init; }
    /// <summary>Each task's value at the end of the week (or now, for the current week); absent: no value yet.</summary>
    public required IReadOnlyDictionary<string, decimal> ValuesAtEnd { get; init; }
    /// <summary>Each task's value at the end of the previous week.</summary>
    public required IReadOnlyDictionary<string, decimal> ValuesAtStart { get; init; }
    /// <summary>The campaign's supervision notices.</summary>
    public required IReadOnlyList<SupervisionNotice> Notices { get; init; }
    /// <summary>The cases reported in the week.</summary>
    public required CaseStats Cases { get; init; }
    public required DateTimeOffset Now { get; init; }
}
