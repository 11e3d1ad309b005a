using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>
/// Working-time arithmetic on a <see cref="WorkingCalendar"/>: deadlines of case time limits and elapsed working time.
/// Instants are UTC; days and periods are read in the calendar's time zone.
/// </summary>
public static class WorkingTime
{
    /// <summary>How far ahead a deadline is searched before the calendar is judged to have no working time.</summary>
    private const int MaxDays = 3660;

    public static bool IsWorkingDay(WorkingCalendar calendar, DateOnly date) =>
        calendar.ExtraWorkingDays.Contains(date) || (!calendar.Holidays.Contains(date) && calendar.WorkingDays.Contains(date.DayOfWeek));

    /// <summary>The working time of one full working day (7.5 h by default).</summary>
    public static TimeSpan DayLength(WorkingCalendar calendar) =>
        calendar.Periods.Aggregate(TimeSpan.Zero, (sum, p) => sum + (p.End - p.Start));

    /// <summary>The deadline of <paramref name="limit"/> for a case reported at <paramref name="start"/>.</summary>
    public static DateTimeOffset Deadline(WorkingCalendar calendar, DateTimeOffset start, TimeLimit limit) =>
        limit.Unit == TimeLimitUnit.WorkingHours
            ? AddWorkingHours(calendar, start, TimeSpan.FromHours(limit.Amount))
            : AddWorkingDays(calendar, start, limit.Amount);

    /// <summary>A working day is <see cref="DayLength"/> of working time: 1 working day from Monday 10:00 is Tuesday 10:00.</summary>
    public static DateTimeOffset AddWorkingDays(WorkingCalendar calendar, DateTimeOffset start, int days) =>
        AddWorkingHours(calendar, start, DayLength(calendar) * days);

    /// <summary>The instant when <paramref name="amount"/> of working time has passed after <paramref name="start"/>.</summary>
    public static DateTimeOffset AddWorkingHours(WorkingCalendar calendar, DateTimeOffset start, TimeSpan amount)
    {
        if (amount <= TimeSpan.Zero)
        {
            return start.ToUniversalTime();
        }

        var zone = CampaignClock.Zone(calendar.TimeZone);
        var remaining = amount;
        foreach (var (from, to) in Periods(calendar, zone, start))
        {
            var length = to - from;
            if (remaining <= length)
            {
                return from + remaining;
            }

            remaining -= length;
        }

        throw new InvalidOperationException("The working calendar has no working time in the next ten years.");
    }

    /// <summary>The working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public static TimeSpan Between(WorkingCalendar calendar, DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        if (to <= from)
        {
            return total;
        }

        foreach (var (start, end) in Periods(calendar, CampaignClock.Zone(calendar.TimeZone), from))
        {
            if (start >= to)
            {
                break;
            }

            total += (end < to ? end : to) - start;
        }

        return total;
    }

    /// <summary>The working periods from <paramref name="start"/> on, in order, the first one cut at <paramref name="start"/>.</summary>
    private static IEnumerable<(DateTimeOffset From, DateTimeOffset To)> Periods(WorkingCalendar calendar, TimeZoneInfo zone, DateTimeOffset start)
    {
        var begin = start.ToUniversalTime();
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(begin, zone).DateTime);
        for (var i = 0; i < MaxDays; i++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(calendar, day))
            {
                continue;
            }

            foreach (var period in calendar.Periods.OrderBy(p => p.Start))
            {
                var from = Utc(day, period.Start, zone);
                var to = Utc(day, period.End, zone);
                if (to <= begin)
                {
                    continue;
                }

                yield return (from < begin ? begin : from, to);
            }
        }
    }

    private static DateTimeOffset Utc(DateOnly day, TimeOnly time, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(time, DateTimeKind.Unspecified), zone), TimeSpan.Zero);
}
