using System.Globalization;

namespace CommandCenter.Web.Features.Reports;

/// <summary>A report week written the one way every page writes dates: "2026-11-30 – 12-06".</summary>
public static class WeekText
{
    public static string Range(DateOnly monday) =>
        $"{Shell.Dates.Day(monday)} – {monday.AddDays(6).ToString("MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary>Which week of the campaign <paramref name="monday"/> starts: the week of its start is the first.</summary>
    public static int Number(DateOnly monday, DateOnly campaignStart) =>
        (monday.DayNumber - CommandCenter.Domain.ReportWeek.Of(campaignStart).DayNumber) / 7 + 1;
}
