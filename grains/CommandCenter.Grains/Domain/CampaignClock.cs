namespace CommandCenter.Domain;

/// <summary>Dates as the campaign's time zone sees them, whatever the server's zone.</summary>
public static class CampaignClock
{
    public static DateOnly Today(TimeProvider time, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(timeZoneId)).DateTime);

    public static TimeZoneInfo Zone(string timeZoneId) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone) ? zone : throw new ArgumentException($"Unknown time zone '{timeZoneId}'.", nameof(timeZoneId));

    /// <summary>Day N of the campaign (1 on the start date, 0 before it, capped at the total).</summary>
    public static int Day(DateOnly start, DateOnly end, DateOnly today) =>
        Math.Clamp(today.DayNumber - start.DayNumber + 1, 0, TotalDays(start, end));

    public static int TotalDays(DateOnly start, DateOnly end) => end.DayNumber - start.DayNumber + 1;
}
