namespace CommandCenter.Domain.Tests;

public sealed class TaskProgressTests
{
    private static TaskTarget Target(TargetKind kind, decimal value, decimal baseline = 0) => new() { Kind = kind, Value = value, Baseline = baseline };

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(100, 0.25)]
    [InlineData(400, 1.0)]
    [InlineData(520, 1.0)]
    public void Quantity_is_actual_over_target(decimal actual, double expected) =>
        Assert.Equal(expected, TaskProgress.Of(Target(TargetKind.Quantity, 400), actual), 6);

    [Fact]
    public void No_value_yet_is_no_progress() =>
        Assert.Equal(0, TaskProgress.Of(Target(TargetKind.Quantity, 400), null));

    [Theory]
    [InlineData(95.2, 0.0)]
    [InlineData(96.6, 0.5)]
    [InlineData(98.0, 1.0)]
    [InlineData(94.0, 0.0)]
    public void Rate_counts_from_its_baseline_to_the_threshold(decimal actual, double expected) =>
        Assert.Equal(expected, TaskProgress.Of(Target(TargetKind.Rate, 98, 95.2m), actual), 6);

    [Theory]
    [InlineData(9, 0.0)]
    [InlineData(7, 0.5)]
    [InlineData(5, 1.0)]
    [InlineData(3, 1.0)]
    public void Ranking_counts_places_climbed_from_the_starting_rank(decimal rank, double expected) =>
        Assert.Equal(expected, TaskProgress.Of(Target(TargetKind.Ranking, 5, 9), rank), 6);

    [Theory]
    [InlineData(10, 0.5)]
    [InlineData(5, 1.0)]
    public void Ranking_without_a_starting_rank_is_target_over_rank(decimal rank, double expected) =>
        Assert.Equal(expected, TaskProgress.Of(Target(TargetKind.Ranking, 5), rank), 6);

    [Theory]
    [InlineData(TargetKind.Ranking, 5, 4, true)]
    [InlineData(TargetKind.Ranking, 5, 6, false)]
    [InlineData(TargetKind.Rate, 98, 98, true)]
    [InlineData(TargetKind.Rate, 98, 97.9, false)]
    public void Met_means_at_or_past_the_target_in_the_kind_s_direction(TargetKind kind, decimal target, decimal value, bool met) =>
        Assert.Equal(met, TaskProgress.IsMet(Target(kind, target), value));

    [Fact]
    public void Time_elapsed_counts_whole_days_including_start_and_due()
    {
        var start = new DateOnly(2022, 6, 6);
        var due = start.AddDays(99); // a 100-day task
        Assert.Equal(0.01, TaskProgress.TimeElapsed(start, due, start), 6);
        Assert.Equal(0.50, TaskProgress.TimeElapsed(start, due, start.AddDays(49)), 6);
        Assert.Equal(1.00, TaskProgress.TimeElapsed(start, due, due), 6);
        Assert.Equal(1.00, TaskProgress.TimeElapsed(start, due, due.AddDays(30)), 6);
        Assert.Equal(0.00, TaskProgress.TimeElapsed(start, due, start.AddDays(-3)), 6);
    }
}
