using CommandCenter.Tasks;

namespace CommandCenter.Briefings;

/// <summary>
/// The weekly briefing (工作简报) of one campaign week, compiled from the data: the campaign header, every line of effort
/// with its lead unit's report and task figures, the lagging and overdue tasks, the units that reported late or not at
/// all, the week's supervision notices and case figures, and the office's editor's note (按语).
/// </summary>
[GenerateSerializer, Immutable, Alias("Briefing")]
public sealed record Briefing
{
    [Id(0)] public required string CampaignId { get; init; }
    [Id(1)] public required string CampaignName { get; init; }
    /// <summary>The Monday that starts the week, in the campaign's time zone.</summary>
    [Id(2)] public required DateOnly Week { get; init; }
    /// <summary>Day N of <see cref="TotalDays"/> at the end of the week (or now, for the current week).</summary>
    [Id(3)] public required int Day { get; init; }
    [Id(4)] public required int TotalDays { get; init; }
    [Id(5)] public required double Progress { get; init; }
    [Id(6)] public required double TimeElapsed { get; init; }
    [Id(7)] public required ProgressStatus Status { get; init; }
    /// <summary>The lines of effort, in the editor's order of highlights.</summary>
    [Id(8)] public required IReadOnlyList<BriefingLine> Lines { get; init; }
    /// <summary>The lagging and overdue tasks, overdue first.</summary>
    [Id(9)] public required IReadOnlyList<BriefingTask> Laggards { get; init; }
    /// <summary>未按时报送单位: the lead units whose report came late, was returned or never came.</summary>
    [Id(10)] public required IReadOnlyList<BriefingUnit> LateUnits { get; init; }
    [Id(11)] public required BriefingNotices Notices { get; init; }
    /// <summary>The cases reported in the week and what became of them.</summary>
    [Id(12)] public required CaseStats Cases { get; init; }
    [Id(13)] public string EditorNote { get; init; } = "";
    [Id(14)] public required DateTimeOffset CompiledAt { get; init; }
    [Id(15)] public required string TimeZone { get; init; }
}
