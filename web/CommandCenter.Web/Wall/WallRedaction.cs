using CommandCenter.Reports;
using CommandCenter.Tasks;

namespace CommandCenter.Web.Wall;

/// <summary>
/// What a wall may see: statuses, units, titles, values, deadlines and stages — never the report texts, the notices'
/// contents and answers, who updated a task or the note they wrote (those are for accounts, through the API and the
/// pages). Applied where the hub hands grain records to its connections; the pages read the records unredacted.
/// </summary>
public static class WallRedaction
{
    public static WeekReports? Of(WeekReports? week) => week is null ? null : week with
    {
        Units = week.Units.Select(u => u with { Report = null, SubmittedBy = null, ReturnReason = null, EarlierVersions = [] }).ToList(),
    };

    public static SupervisionNotice Of(SupervisionNotice notice) => notice with { Content = "", IssuedBy = "", Answer = null, Steps = [] };

    /// <summary>The task's last update keeps its time and value, not its author or note.</summary>
    public static TaskView Of(TaskView task) => task.LastUpdate is { } update ? task with { LastUpdate = update with { By = "", Note = "" } } : task;
}
