using System.Globalization;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The one way the office pages write dates and times: a day as <c>yyyy-MM-dd</c>, a moment as <c>MM-dd HH:mm</c> (with
/// the year when it is not this year's), always in the campaign's zone (China's by default), never the browser's or the server's culture.
/// </summary>
public static class Dates
{
    public const string DefaultZone = "Asia/Shanghai";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day is { } d ? Day(d) : "—";

    public static string Day(DateTimeOffset at, string timeZone = DefaultZone) => Local(at, timeZone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment as <c>MM-dd HH:mm</c>; <c>yyyy-MM-dd HH:mm</c> when it falls in another year than now.</summary>
    public static string Moment(DateTimeOffset at, string timeZone = DefaultZone)
    {
        var local = Local(at, timeZone);
        var format = local.Year == Local(DateTimeOffset.UtcNow, timeZone).Year ? "MM-dd HH:mm" : "yyyy-MM-dd HH:mm";
        return local.ToString(format, CultureInfo.InvariantCulture);
    }

    /// <summary>The week that starts on <paramref name="monday"/>: "11月30日—12月6日当周" (with the year when it is not this year's).</summary>
    public static string Week(DateOnly monday)
    {
        var sunday = monday.AddDays(6);
        var year = monday.Year == DateTime.UtcNow.Year ? "" : $"{monday.Year}年";
        return $"{year}{monday.Month}月{monday.Day}日—{(sunday.Month == monday.Month ? "" : $"{sunday.Month}月")}{sunday.Day}日当周";
    }

    private static DateTimeOffset Local(DateTimeOffset at, string timeZone) =>
        TimeZoneInfo.ConvertTime(at, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(DefaultZone));
}
