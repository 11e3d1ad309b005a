using CommandCenter.Reports;

namespace CommandCenter.Domain.Tests;

/// <summary>The weekly deadline is Friday 17:00 in the campaign's zone (Asia/Shanghai, UTC+8), whatever the server's zone.</summary>
public sealed class ReportWeekTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero); // Friday 17:00 in Shanghai

    [Fact]
    public void The_deadline_is_Friday_17_00_in_the_campaign_s_zone() =>
        Assert.Equal(Deadline, ReportWeek.Deadline(Monday, DayOfWeek.Friday, new TimeOnly(17, 0), "Asia/Shanghai"));

    [Theory]
    [InlineData("2026-11-23")]
    [InlineData("2026-11-27")]
    [InlineData("2026-11-29")]
    public void Weeks_run_Monday_to_Sunday(string day) => Assert.Equal(Monday, ReportWeek.Of(DateOnly.Parse(day)));

    [Fact]
    public void Late_on_Sunday_UTC_is_already_the_next_week_in_Shanghai()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 11, 22, 17, 0, 0, TimeSpan.Zero)); // Monday 01:00 in Shanghai
        Assert.Equal(Monday, ReportWeek.Current(time, "Asia/Shanghai"));
        Assert.Equal(Monday.AddDays(-7), ReportWeek.Current(time, "UTC"));
    }

    [Theory]
    [InlineData(-1, true, ReportStatus.OnTime)]
    [InlineData(0, true, ReportStatus.OnTime)]
    [InlineData(1, true, ReportStatus.Late)]
    [InlineData(-1, false, ReportStatus.Due)]
    [InlineData(1, false, ReportStatus.Missing)]
    public void Status_across_the_deadline(int secondsFromDeadline, bool submitted, ReportStatus expected)
    {
        var at = Deadline.AddSeconds(secondsFromDeadline);
        Assert.Equal(expected, ReportWeek.Status(Deadline, submitted ? at : null, returned: false, now: at));
    }

    [Fact]
    public void A_returned_report_is_returned_until_submitted_again() =>
        Assert.Equal(ReportStatus.Returned, ReportWeek.Status(Deadline, Deadline.AddHours(-5), returned: true, now: Deadline.AddHours(-1)));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
