namespace CommandCenter.Domain;

/// <summary>
/// The dates a campaign may have: it starts and ends within <see cref="YearsFromToday"/> years of today, ends on or
/// after its start, and lasts at most <see cref="MaxDays"/> days (a 100-day drive, a year-long one, not a century).
/// </summary>
public static class CampaignDates
{
    public const int YearsFromToday = 10;

    public const int MaxDays = 5 * 366;

    /// <summary>The field at fault and why, or null when the dates are acceptable.</summary>
    public static (string Field, string Reason)? Problem(DateOnly start, DateOnly end, DateOnly today)
    {
        var (earliest, latest) = (today.AddYears(-YearsFromToday), today.AddYears(YearsFromToday));
        if (start < earliest || start > latest)
        {
            return ("startDate", $"开始日期须在 {earliest:yyyy-MM-dd} 至 {latest:yyyy-MM-dd} 之间 / startDate must be within {YearsFromToday} years of today.");
        }

        if (end < start)
        {
            return ("endDate", "结束日期不能早于开始日期 / endDate must not be before startDate.");
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays || end > latest)
        {
            return ("endDate", $"专项行动最长 {MaxDays} 天，且须在 {latest:yyyy-MM-dd} 前结束 / a campaign lasts at most {MaxDays} days and ends within {YearsFromToday} years of today.");
        }

        return null;
    }
}
