namespace CommandCenter.Domain;

/// <summary>Dates as the campaign's time zone sees them, whatever the server's zone.</summary>
public static class CampaignClock
{
    public static DateOnly Today(TimeProvider time, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(timeZoneId)).DateTime);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The zone (looked up once per id: every task view and rollup asks for it).</summary>
    public static TimeZoneInfo Zone(string timeZoneId) =>
        Zones.TryGetValue(timeZoneId, out var known) ? known
        : TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? Zones.GetOrAdd(timeZoneId, zone)
        : throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));

    /// <summary>Day N of the campaign (1 on the start date, 0 before it, capped at the total).</summary>
    public static int Day(DateOnly start, DateOnly end, DateOnly today) =>
        Math.Clamp(today.DayNumber - start.DayNumber + 1, 0, TotalDays(start, end));

    public static int TotalDays(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;
}
