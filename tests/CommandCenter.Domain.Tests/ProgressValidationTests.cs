namespace CommandCenter.Domain.Tests;

public sealed class ProgressValidationTests
{
    private static ProgressReport Report(decimal value, string note = "") => new() { Value = value, Note = note, By = "test" };

    private static TaskTarget Target(TargetKind kind) => new() { Kind = kind, Value = kind == TargetKind.Ranking ? 5 : 100 };

    [Theory]
    [InlineData(TargetKind.Quantity, -1)]
    [InlineData(TargetKind.Rate, 100.5)]
    [InlineData(TargetKind.Milestone, 101)]
    [InlineData(TargetKind.Ranking, 0)]
    [InlineData(TargetKind.Ranking, 2.5)]
    public void Rejects_values_that_do_not_fit_the_kind(TargetKind kind, decimal value)
    {
        var error = Assert.IsType<Refusal>(ProgressValidation.Check(Target(kind), Report(value)));
        Assert.Equal((RefusalKind.Invalid, "value"), (error.Kind, error.Field));
    }

    [Theory]
    [InlineData(TargetKind.Quantity, 12000)]
    [InlineData(TargetKind.Rate, 99.56)]
    [InlineData(TargetKind.Milestone, 100)]
    [InlineData(TargetKind.Ranking, 3)]
    public void Accepts_values_that_fit(TargetKind kind, decimal value) =>
        Assert.Null(ProgressValidation.Check(Target(kind), Report(value)));

    [Fact]
    public void Rejects_an_overlong_note()
    {
        var error = Assert.IsType<Refusal>(
            ProgressValidation.Check(Target(TargetKind.Quantity), Report(1, new string('注', ProgressValidation.MaxNoteLength + 1))));
        Assert.Equal((RefusalKind.Invalid, "note"), (error.Kind, error.Field));
    }
}
