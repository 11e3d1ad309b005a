using CommandCenter.Reports;

namespace CommandCenter.Domain;

/// <summary>
/// The weekly report rules (每周五报送): weeks run Monday to Sunday in the campaign's time zone, each with one
/// deadline (default Friday 17:00 there). A report by the deadline is on time, after it late; none after it is missing.
/// </summary>
public static class ReportWeek
{
    /// <summary>The Monday of the week that holds <paramref name="date"/>.</summary>
    public static DateOnly Of(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The Monday of the current week in the campaign's time zone.</summary>
    public static DateOnly Current(TimeProvider time, string timeZone) => Of(CampaignClock.Today(time, timeZone));

    /// <summary>The week's deadline as an instant: <paramref name="day"/> at <paramref name="at"/> in <paramref name="timeZone"/>.</summary>
    public static DateTimeOffset Deadline(DateOnly week, DayOfWeek day, TimeOnly at, string timeZone)
    {
        var local = Of(week).AddDays(((int)day + 6) % 7).ToDateTime(at);
        return new DateTimeOffset(local, CampaignClock.Zone(timeZone).GetUtcOffset(local));
    }

    public static ReportStatus Status(DateTimeOffset deadline, DateTimeOffset? submittedAt, bool returned, DateTimeOffset now) =>
        returned ? ReportStatus.Returned
        : submittedAt is { } at ? (at <= deadline ? ReportStatus.OnTime : ReportStatus.Late)
        : now > deadline ? ReportStatus.Missing
        : ReportStatus.Due;
}
