namespace CommandCenter.Domain.Tests;

public sealed class StatusRulesTests
{
    private const double Tolerance = 0.10;

    [Theory]
    [InlineData(1.0, 0.5, true, false, ProgressStatus.Done)]
    [InlineData(1.0, 1.0, true, true, ProgressStatus.Done)]
    [InlineData(0.9, 1.0, true, true, ProgressStatus.Overdue)]
    [InlineData(0.0, 0.05, false, false, ProgressStatus.NotStarted)]
    [InlineData(0.0, 0.45, false, false, ProgressStatus.Lagging)]
    [InlineData(0.50, 0.50, true, false, ProgressStatus.OnTrack)]
    [InlineData(0.41, 0.50, true, false, ProgressStatus.OnTrack)]
    [InlineData(0.39, 0.50, true, false, ProgressStatus.Lagging)]
    public void Task_status_compares_progress_with_time_elapsed(double progress, double elapsed, bool hasUpdate, bool pastDue, ProgressStatus expected) =>
        Assert.Equal(expected, StatusRules.ForTask(progress, elapsed, hasUpdate, pastDue, Tolerance));

    [Fact]
    public void Both_past_half_at_the_half_way_date_is_on_track() =>
        Assert.Equal(ProgressStatus.OnTrack, StatusRules.ForTask(0.5, 0.5, true, false, 0));

    [Fact]
    public void Tolerance_is_per_campaign() =>
        Assert.Equal(ProgressStatus.Lagging, StatusRules.ForTask(0.45, 0.5, true, false, 0.0));

    [Fact]
    public void Group_with_an_overdue_task_is_lagging_even_when_its_average_keeps_pace() =>
        Assert.Equal(ProgressStatus.Lagging, StatusRules.ForGroup([ProgressStatus.Done, ProgressStatus.Overdue], 0.9, 0.5, Tolerance));

    [Fact]
    public void Group_status_follows_average_progress_against_average_time() =>
        Assert.Equal(ProgressStatus.Lagging, StatusRules.ForGroup([ProgressStatus.OnTrack, ProgressStatus.Lagging], 0.3, 0.6, Tolerance));

    [Fact]
    public void Group_keeping_pace_is_on_track() =>
        Assert.Equal(ProgressStatus.OnTrack, StatusRules.ForGroup([ProgressStatus.OnTrack, ProgressStatus.Lagging], 0.55, 0.6, Tolerance));

    [Fact]
    public void Group_is_done_only_when_every_task_is() =>
        Assert.Equal(ProgressStatus.Done, StatusRules.ForGroup([ProgressStatus.Done, ProgressStatus.Done], 1, 0.7, Tolerance));

    [Fact]
    public void Empty_group_has_not_started() =>
        Assert.Equal(ProgressStatus.NotStarted, StatusRules.ForGroup([], 0, 0.5, Tolerance));
}
