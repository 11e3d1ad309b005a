using System.Globalization;

namespace CommandCenter.Assessment;

/// <summary>
/// An assessment period in the campaign's time zone: a calendar month (key <c>yyyy-MM</c>) or an ISO week
/// (<c>yyyy-Www</c>, Monday to Sunday). <see cref="End"/> is the last day, inclusive.
/// </summary>
public readonly record struct AssessmentPeriod(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    public string Key => Kind == PeriodKind.Month
        ? Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)
        : $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue)):00}";

    public override string ToString() => Key;

    public static AssessmentPeriod Of(PeriodKind kind, DateOnly date)
    {
        if (kind == PeriodKind.Month)
        {
            var first = new DateOnly(date.Year, date.Month, 1);
            return new(kind, first, first.AddMonths(1).AddDays(-1));
        }

        var monday = CommandCenter.Domain.ReportWeek.Of(date);
        return new(kind, monday, monday.AddDays(6));
    }

    /// <summary>Parses <c>yyyy-MM</c> or <c>yyyy-Www</c>; false for anything else.</summary>
    public static bool TryParse(string? text, out AssessmentPeriod period)
    {
        period = default;
        if (text is null || text.Length > 8)
        {
            return false;
        }

        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            period = Of(PeriodKind.Month, first);
            return true;
        }

        if (text.Length == 8 && text[4] == '-' && text[5] == 'W'
            && int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            && int.TryParse(text.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= ISOWeek.GetWeeksInYear(year))
        {
            period = Of(PeriodKind.Week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
            return true;
        }

        return false;
    }

    public AssessmentPeriod Next => Of(Kind, End.AddDays(1));

    public AssessmentPeriod Previous => Of(Kind, Start.AddDays(-1));

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>The instant the period starts, in <paramref name="timeZone"/>.</summary>
    public DateTimeOffset StartsAt(string timeZone) => Instant(Start, timeZone);

    /// <summary>The instant after its last day ends, in <paramref name="timeZone"/>.</summary>
    public DateTimeOffset EndsAt(string timeZone) => Instant(End.AddDays(1), timeZone);

    private static DateTimeOffset Instant(DateOnly day, string timeZone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, CommandCenter.Domain.CampaignClock.Zone(timeZone).GetUtcOffset(local));
    }

    /// <summary>The period's title in a bulletin: 2026年11月 or 2026年第47周.</summary>
    public string Title => Kind == PeriodKind.Month ? $"{Start.Year}年{Start.Month}月" : $"{ISOWeek.GetYear(Start.ToDateTime(TimeOnly.MinValue))}年第{ISOWeek.GetWeekOfYear(Start.ToDateTime(TimeOnly.MinValue))}周";
}
