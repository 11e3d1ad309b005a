namespace CommandCenter.Seeding;

/// <summary>
/// The demo drive's past weeks: every lead unit's report of each of the six weeks before this one (some late, one
/// returned for revision, one never sent), with the task figures and notes of that week, so the reports page and the
/// briefings show a drive under way.
/// </summary>
public static class DemoWeeks
{
    public const int Weeks = 6;

    public static async Task Seed(IGrainFactory grains, DemoCampaign demo, TimeProvider time)
    {
        var campaign = demo.Campaign;
        var history = demo.Tasks.ToDictionary(t => t.Task.Id, t => t.History);
        var tasks = demo.Tasks.ToDictionary(t => t.Task.Id, t => t.Task);
        var units = campaign.Lines.Select(l => l.LeadUnit).Where(u => u.Length > 0).Distinct().ToList();
        var current = ReportWeek.Current(time, campaign.TimeZone);
        for (var back = Weeks; back >= 1; back--)
        {
            var week = current.AddDays(-7 * back);
            if (week < ReportWeek.Of(campaign.StartDate))
            {
                continue;
            }

            var deadline = ReportWeek.Deadline(week, campaign.ReportDay, campaign.ReportTime, campaign.TimeZone);
            var reports = grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaign.Id, week));
            for (var i = 0; i < units.Count; i++)
            {
                if (back == 1 && i == units.Count - 1)
                {
                    continue; // last week's missing report
                }

                var late = (i + back) % 5 == 0;
                var at = late ? deadline.AddHours(3 + i) : deadline.AddHours(-2 - i);
                await reports.Record(units[i], Report(campaign, units[i], tasks, history, week, deadline), "演示数据", at);
                if (back == 2 && i == 1)
                {
                    await reports.Return(units[i], "数据与台账不一致，请核对后重报");
                }
            }
        }
    }

    private static WeeklyReport Report(
        CampaignDefinition campaign, string unit, Dictionary<string, TaskDefinition> tasks, Dictionary<string, IReadOnlyList<ProgressEntry>> history, DateOnly week, DateTimeOffset deadline)
    {
        var weekStart = ReportWeek.Deadline(week, DayOfWeek.Monday, TimeOnly.MinValue, campaign.TimeZone);
        var lines = campaign.Lines.Where(l => l.LeadUnit == unit).ToList();
        var taskIds = lines.SelectMany(l => l.TaskIds).Where(history.ContainsKey).ToList();
        var notes = taskIds.SelectMany(id => history[id]).Where(e => e.At >= weekStart && e.At <= deadline).Select(e => e.Note).Where(n => n.Length > 0).ToList();
        return new WeeklyReport
        {
            Figures = taskIds.Select(id => new TaskFigure
            {
                TaskId = id,
                Title = tasks[id].Title,
                UnitOfMeasure = tasks[id].Target.UnitOfMeasure,
                Value = history[id].LastOrDefault(e => e.At <= deadline)?.Value,
            }).ToList(),
            WorkDone = notes.Count > 0 ? string.Join("；", notes) : $"按计划推进{string.Join("、", lines.Select(l => l.Title))}各项任务。",
            Problems = notes.Count > 0 ? "" : "部分任务进度偏慢，正在协调推进。",
            NextWeek = "继续对照任务分解表抓好落实。",
        };
    }
}
