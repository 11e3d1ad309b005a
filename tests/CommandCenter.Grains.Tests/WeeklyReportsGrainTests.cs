using CommandCenter.Reports;
using CommandCenter.Seeding;

namespace CommandCenter.Grains.Tests;

/// <summary>Weekly reports of the demo campaign (Asia/Shanghai) on a clock the test moves, the server counting in UTC.</summary>
[Collection(PostgresCollection.Name)]
public sealed class WeeklyReportsGrainTests(PostgresFixture postgres)
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero); // Friday 17:00 in Shanghai
    private static readonly WeeklyReport Report = new() { WorkDone = "完成第三次演练", Problems = "设备到货延迟", NextWeek = "组织第四次演练" };

    [Fact]
    public async Task Status_per_unit_is_right_across_the_deadline_in_the_campaign_s_time_zone()
    {
        var clock = new MovableTime(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero)); // Wednesday 10:00 in Shanghai
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), clock: clock);
        var week = cluster.Client.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(DemoCampaign.Id, Monday));
        var units = (await week.Get())!.Units.Select(u => u.Unit).ToList();
        Assert.True(units.Count >= 4, "the demo campaign has several lead units");
        Assert.Equal(Deadline, (await week.Get())!.Deadline);

        await week.Submit(units[0], Report, "tester");                       // Wednesday
        clock.Now = Deadline.AddSeconds(-1);                                  // Friday 16:59:59 in Shanghai, 08:59:59 UTC
        await week.Submit(units[1], Report, "tester");
        clock.Now = Deadline.AddSeconds(1);                                   // Friday 17:00:01 in Shanghai
        await week.Submit(units[2], Report, "tester");

        var statuses = (await week.Get())!.Units.ToDictionary(u => u.Unit, u => u.Status);
        Assert.Equal(ReportStatus.OnTime, statuses[units[0]]);
        Assert.Equal(ReportStatus.OnTime, statuses[units[1]]);
        Assert.Equal(ReportStatus.Late, statuses[units[2]]);
        Assert.Equal(ReportStatus.Missing, statuses[units[3]]);
    }

    [Fact]
    public async Task A_returned_report_counts_again_only_when_resubmitted()
    {
        var clock = new MovableTime(new DateTimeOffset(2026, 11, 25, 2, 0, 0, TimeSpan.Zero));
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), clock: clock);
        var week = cluster.Client.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(DemoCampaign.Id, Monday));
        var unit = (await week.Get())!.Units[0].Unit;

        Assert.Null(await week.Return(unit, "nothing to return yet"));
        await week.Submit(unit, Report, "tester");
        var returned = await week.Return(unit, "数据不全，请补充");
        Assert.Equal(ReportStatus.Returned, returned!.Status);
        Assert.Equal("数据不全，请补充", returned.ReturnReason);

        clock.Now = Deadline.AddHours(2);
        var again = await week.Submit(unit, Report with { WorkDone = "补充数据" }, "tester");
        Assert.Equal(ReportStatus.Late, again!.Status);
        Assert.Null(again.ReturnReason);
    }

    [Fact]
    public async Task Units_that_have_not_reported_are_reminded_in_the_hours_before_the_deadline_only()
    {
        var clock = new MovableTime(Deadline.AddHours(-6));
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), clock: clock);
        var reminders = cluster.Client.GetGrain<IReportReminderGrain>(DemoCampaign.Id);
        var week = cluster.Client.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(DemoCampaign.Id, Monday));
        var units = (await week.Get())!.Units.Select(u => u.Unit).ToList();
        await week.Submit(units[0], Report, "tester");

        Assert.Empty(await reminders.RemindReporters());                       // 6 h before: too early

        clock.Now = Deadline.AddHours(-2);
        var reminded = await reminders.RemindReporters();
        Assert.Equal(units.Skip(1), reminded);
        Assert.All((await week.Get())!.Units.Skip(1), u => Assert.Equal(clock.Now, u.RemindedAt));

        clock.Now = Deadline.AddMinutes(1);
        Assert.Empty(await reminders.RemindReporters());                       // past the deadline: missing, not reminded
    }

    [Fact]
    public async Task A_unit_that_leads_no_line_has_no_report()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync());
        var week = cluster.Client.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(DemoCampaign.Id, Monday));
        Assert.Null(await week.Submit("不存在的单位", Report, "tester"));
    }
}
