namespace CommandCenter.Domain.Tests;

public sealed class BurnUpTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    private static TaskView Task(string id, int dueDay, TargetKind kind, decimal target, decimal baseline = 0) => new()
    {
        Id = id, CampaignId = "c", LineCode = "一", Code = id, Title = id, OwnerUnit = "城防办",
        StartDate = Start, DueDate = Start.AddDays(dueDay - 1),
        Target = new TaskTarget { Kind = kind, Value = target, Baseline = baseline },
        Progress = 0, TimeElapsed = 0, Status = ProgressStatus.NotStarted, Version = 1,
    };

    /// <summary>A change recorded at <paramref name="hourUtc"/> UTC of campaign day <paramref name="day"/> (UTC date).</summary>
    private static TaskChange At(string task, int version, int day, int hourUtc, decimal value) => new()
    {
        TaskId = task, CampaignId = "c", Version = version, By = "x", After = value,
        At = new DateTimeOffset(Start.AddDays(day - 1).ToDateTime(new TimeOnly(hourUtc, 0)), TimeSpan.Zero),
    };

    [Fact]
    public void One_task_planned_rises_evenly_to_its_due_date_and_actual_follows_the_recorded_values()
    {
        var task = Task("a", dueDay: 4, TargetKind.Quantity, 40);
        var points = BurnUp.Compute([(task, [At("a", 1, 1, 2, 10), At("a", 2, 3, 2, 30)])], Start, Start.AddDays(5), today: Start.AddDays(3), "Asia/Shanghai");

        Assert.Equal([0.25, 0.5, 0.75, 1, 1, 1], points.Select(p => p.Planned));
        Assert.Equal([0.25, 0.25, 0.75, 0.75, null, null], points.Select(p => p.Actual));
    }

    [Fact]
    public void A_change_counts_on_the_day_it_was_made_in_the_campaign_s_time_zone()
    {
        // 17:00 UTC on day 1 is 01:00 on day 2 in Shanghai, but still day 1 in New York.
        var task = Task("a", dueDay: 2, TargetKind.Quantity, 10);
        var change = At("a", 1, 1, 17, 10);
        Assert.Equal([0, 1], BurnUp.Compute([(task, [change])], Start, Start.AddDays(1), Start.AddDays(1), "Asia/Shanghai").Select(p => p.Actual));
        Assert.Equal([1, 1], BurnUp.Compute([(task, [change])], Start, Start.AddDays(1), Start.AddDays(1), "America/New_York").Select(p => p.Actual));
    }

    [Fact]
    public void Several_tasks_roll_up_as_averages_like_the_status_rules()
    {
        var quantity = Task("q", dueDay: 2, TargetKind.Quantity, 100);
        var ranking = Task("r", dueDay: 4, TargetKind.Ranking, 5, baseline: 9); // 9th → top 5: 7th is half-way
        var points = BurnUp.Compute(
            [(quantity, [At("q", 1, 1, 0, 50), At("q", 2, 1, 5, 100)]), (ranking, [At("r", 1, 2, 0, 7)])],
            Start, Start.AddDays(3), Start.AddDays(3), "UTC");

        Assert.Equal([(0.5 + 0.25) / 2, (1 + 0.5) / 2, (1 + 0.75) / 2, 1], points.Select(p => p.Planned));
        Assert.Equal([(1 + 0) / 2.0, (1 + 0.5) / 2, 0.75, 0.75], points.Select(p => p.Actual));
    }

    [Fact]
    public void No_tasks_no_points() =>
        Assert.Empty(BurnUp.Compute([], Start, Start.AddDays(9), Start, "UTC"));
}
