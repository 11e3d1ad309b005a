using CommandCenter.Briefings;

namespace CommandCenter.Seeding;

/// <summary>
/// The demo drive's published briefings: 第1期 and 第2期, for the two weeks before this one, each with an editor's note,
/// compiled by <see cref="BriefingCompiler"/> from the seeded reports, task history and cases, as published on the
/// Monday after its week (or now, if that Monday has not yet come).
/// </summary>
public static class DemoBriefings
{
    public const string Publisher = "专项办";

    private static readonly (int WeeksBack, string Note, string[] Highlights)[] Issues =
    [
        (2, "本周各牵头单位按时报送进度，防汛备汛和占道经营整治成效明显；请进度滞后的单位对照任务分解表，下周五前补齐差距。", ["一", "八"]),
        (1, "本周个别单位未按时报送周报，已在本期通报；请各单位严格落实“每周五报送”制度，并加快处置网格内超期案件。", ["八", "七"]),
    ];

    public static async Task Seed(IGrainFactory grains, DemoCampaign demo, TimeProvider time, IReadOnlyList<CaseView> cases)
    {
        var campaign = demo.Campaign;
        var now = time.GetUtcNow();
        var current = ReportWeek.Current(time, campaign.TimeZone);
        var snapshot = await grains.GetGrain<ICampaignGrain>(campaign.Id).GetSnapshot();
        var tasks = snapshot!.Lines.SelectMany(l => l.Tasks).ToList();
        var notices = await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
        var series = grains.GetGrain<IBriefingsGrain>(campaign.Id);
        foreach (var (back, note, highlights) in Issues)
        {
            var week = current.AddDays(-7 * back);
            if (week < ReportWeek.Of(campaign.StartDate))
            {
                continue;
            }

            var (start, end) = BriefingCompiler.Bounds(week, campaign.TimeZone);
            var publishedAt = end.AddHours(10) < now ? end.AddHours(10) : now;
            var edits = new BriefingEdits { EditorNote = note, Highlights = highlights };
            await series.SaveEdits(week, edits);
            var inputs = new BriefingInputs
            {
                Campaign = campaign,
                Tasks = tasks,
                Week = week,
                Reports = (await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaign.Id, week)).Get())!,
                ValuesAtStart = ValuesAt(demo, start),
                ValuesAtEnd = ValuesAt(demo, end < publishedAt ? end : publishedAt),
                Notices = notices,
                Cases = cases.Where(c => c.ReportedAt >= start && c.ReportedAt < end).Aggregate(CaseStats.Zero, (sum, c) => sum + CaseCounting.Of(c)),
                Now = publishedAt,
            };
            await series.Record(week, BriefingCompiler.Compile(inputs, edits), Publisher, publishedAt);
        }
    }

    /// <summary>Each task's value before <paramref name="at"/>: its last seeded update before then.</summary>
    private static Dictionary<string, decimal> ValuesAt(DemoCampaign demo, DateTimeOffset at) =>
        demo.Tasks.Select(t => (t.Task.Id, Entry: t.History.LastOrDefault(e => e.At < at)))
            .Where(t => t.Entry is not null)
            .ToDictionary(t => t.Id, t => t.Entry!.Value, StringComparer.Ordinal);
}
