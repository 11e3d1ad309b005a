using CommandCenter.Cases;

namespace CommandCenter.Domain.Tests;

/// <summary>Working time on the default calendar (09:00–12:00, 13:30–18:00, Mon–Fri, Asia/Shanghai = UTC+8).</summary>
public sealed class WorkingTimeTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default("Asia/Shanghai") with
    {
        Holidays = [new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 2)],   // Thursday, Friday
        ExtraWorkingDays = [new DateOnly(2026, 10, 10)],                     // a Saturday worked instead
    };

    /// <summary>An instant given as Shanghai wall-clock time.</summary>
    private static DateTimeOffset Sh(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Fact]
    public void A_default_working_day_is_seven_and_a_half_hours() =>
        Assert.Equal(TimeSpan.FromHours(7.5), WorkingTime.DayLength(Calendar));

    [Theory]
    [InlineData(10, 0, 2, 23, 12, 0)]    // Monday 10:00 + 2 h = 12:00, exactly the end of the morning
    [InlineData(11, 0, 2, 23, 14, 30)]   // the lunch break does not count
    [InlineData(17, 0, 2, 24, 10, 0)]    // 1 h today, 1 h on Tuesday morning
    [InlineData(7, 0, 2, 23, 11, 0)]     // reported before work: counting starts at 09:00
    [InlineData(12, 30, 2, 23, 15, 30)]  // reported in the lunch break: counting starts at 13:30
    [InlineData(22, 0, 8, 25, 9, 30)]    // reported Monday night: all of Tuesday (7.5 h), then 30 min on Wednesday
    public void Working_hours_skip_breaks_and_nights(int hour, int minute, int hours, int endDay, int endHour, int endMinute) =>
        Assert.Equal(Sh(11, endDay, endHour, endMinute), WorkingTime.AddWorkingHours(Calendar, Sh(11, 23, hour, minute), TimeSpan.FromHours(hours)));

    [Fact]
    public void Weekends_do_not_count() =>
        Assert.Equal(Sh(11, 30, 10, 0), WorkingTime.AddWorkingHours(Calendar, Sh(11, 27, 17, 0), TimeSpan.FromHours(2))); // Friday 17:00 → Monday 10:00

    [Fact]
    public void Holidays_do_not_count_and_a_worked_saturday_does()
    {
        // Wednesday 30 Sep 17:00 + 2 h: 1 h that day, Thu/Fri are holidays, Sat 3 Oct is a weekend → Mon 5 Oct 10:00.
        Assert.Equal(Sh(10, 5, 10, 0), WorkingTime.AddWorkingHours(Calendar, Sh(9, 30, 17, 0), TimeSpan.FromHours(2)));
        // Friday 9 Oct 17:00 + 2 h: Saturday 10 Oct is worked → 10:00 that Saturday.
        Assert.Equal(Sh(10, 10, 10, 0), WorkingTime.AddWorkingHours(Calendar, Sh(10, 9, 17, 0), TimeSpan.FromHours(2)));
    }

    [Fact]
    public void A_working_day_is_the_same_time_on_the_next_working_day()
    {
        Assert.Equal(Sh(11, 24, 10, 0), WorkingTime.Deadline(Calendar, Sh(11, 23, 10, 0), TimeLimit.Days(1)));
        Assert.Equal(Sh(11, 30, 18, 0), WorkingTime.Deadline(Calendar, Sh(11, 27, 19, 0), TimeLimit.Days(1))); // Friday evening → end of Monday
        Assert.Equal(Sh(12, 21, 10, 0), WorkingTime.Deadline(Calendar, Sh(11, 23, 10, 0), TimeLimit.Days(20))); // four weeks of working days
    }

    [Fact]
    public void Elapsed_working_time_counts_only_working_periods()
    {
        Assert.Equal(TimeSpan.FromHours(6.5), WorkingTime.Between(Calendar, Sh(11, 23, 10, 0), Sh(11, 23, 20, 0)));
        Assert.Equal(TimeSpan.FromHours(7.5), WorkingTime.Between(Calendar, Sh(11, 27, 10, 0), Sh(11, 30, 10, 0)));     // Fri → Mon
        Assert.Equal(TimeSpan.Zero, WorkingTime.Between(Calendar, Sh(11, 28, 10, 0), Sh(11, 29, 23, 0)));                // a weekend
        Assert.Equal(TimeSpan.Zero, WorkingTime.Between(Calendar, Sh(11, 24, 10, 0), Sh(11, 23, 10, 0)));
    }

    [Fact]
    public void Adding_then_measuring_gives_back_the_amount()
    {
        var start = Sh(9, 29, 15, 17);
        foreach (var hours in new[] { 0.5, 2, 7.5, 13, 40, 150 })
        {
            var end = WorkingTime.AddWorkingHours(Calendar, start, TimeSpan.FromHours(hours));
            Assert.Equal(TimeSpan.FromHours(hours), WorkingTime.Between(Calendar, start, end));
        }
    }

    [Fact]
    public void A_calendar_in_another_zone_counts_that_zone_s_hours()
    {
        var utc = WorkingCalendar.Default("Etc/UTC");
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 11, 0, 0, TimeSpan.Zero),
            WorkingTime.AddWorkingHours(utc, new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2)));
    }
}
