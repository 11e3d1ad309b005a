using CommandCenter.Reports;

namespace CommandCenter.Web.Wall;

/// <summary>
/// What a wall may see of reports and notices: statuses, units, titles, deadlines and stages, never the report texts,
/// the notices' contents and answers, or who wrote them (those are for accounts, through the API and the pages).
/// </summary>
public static class WallRedaction
{
    public static WeekReports? Of(WeekReports? week) => week is null ? null : week with
    {
        Units = week.Units.Select(u => u with { Report = null, SubmittedBy = null, ReturnReason = null }).ToList(),
    };

    public static SupervisionNotice Of(SupervisionNotice notice) => notice with { Content = "", IssuedBy = "", Answer = null, Steps = [] };
}
