namespace CommandCenter.Domain.Tests;

public sealed class CampaignClockTests
{
    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void Today_is_the_campaign_s_date_not_the_server_s()
    {
        // 2022-06-05 20:30 UTC is already 2022-06-06 04:30 in Shanghai: day 1 of the drive there.
        var time = new FixedTime(new DateTimeOffset(2022, 6, 5, 20, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2022, 6, 6), CampaignClock.Today(time, "Asia/Shanghai"));
        Assert.Equal(new DateOnly(2022, 6, 5), CampaignClock.Today(time, "UTC"));
    }

    [Fact]
    public void Day_counts_from_one_and_stays_within_the_campaign()
    {
        var start = new DateOnly(2022, 6, 6);
        var end = start.AddDays(99);
        Assert.Equal(100, CampaignClock.TotalDays(start, end));
        Assert.Equal(1, CampaignClock.Day(start, end, start));
        Assert.Equal(45, CampaignClock.Day(start, end, start.AddDays(44)));
        Assert.Equal(0, CampaignClock.Day(start, end, start.AddDays(-1)));
        Assert.Equal(100, CampaignClock.Day(start, end, end.AddDays(10)));
    }

    [Fact]
    public void Unknown_time_zone_is_an_error() =>
        Assert.Throws<ArgumentException>(() => CampaignClock.Zone("Mars/Olympus"));
}
