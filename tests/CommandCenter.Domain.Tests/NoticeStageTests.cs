using CommandCenter.Supervision;

namespace CommandCenter.Domain.Tests;

/// <summary>The colour stages of a supervision notice (docs/STATUS-RULES.md, "Supervision notices").</summary>
public sealed class NoticeStageTests
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    private static SupervisionNotice Notice(double days) => new()
    {
        Id = "n1", Unit = "环卫处", Subject = NoticeSubject.Task, SubjectId = "dagan100.7.1", Title = "督办", IssuedAt = Issued, IssuedBy = "office",
        Deadline = Issued.AddDays(days), Status = NoticeStatus.Issued,
    };

    [Theory]
    [InlineData(10, 1, NoticeStage.None)]      // early, deadline far
    [InlineData(10, 4.9, NoticeStage.None)]
    [InlineData(10, 5, NoticeStage.Yellow)]    // half the time gone without an answer: behind
    [InlineData(10, 9, NoticeStage.Yellow)]    // behind outranks near
    [InlineData(10, 10.01, NoticeStage.Red)]   // past the deadline
    [InlineData(3, 0.5, NoticeStage.None)]     // a short notice: 60 h left
    [InlineData(3, 1.2, NoticeStage.Blue)]     // within 48 h of the deadline, not yet behind
    [InlineData(3, 1.6, NoticeStage.Yellow)]
    public void The_stage_follows_the_clock(double deadlineDays, double nowDays, NoticeStage expected) =>
        Assert.Equal(expected, NoticeStages.Stage(Notice(deadlineDays), Issued.AddDays(nowDays)));

    [Fact]
    public void Answered_and_closed_notices_have_no_colour()
    {
        Assert.Equal(NoticeStage.None, NoticeStages.Stage(Notice(1) with { Status = NoticeStatus.Answered }, Issued.AddDays(5)));
        Assert.Equal(NoticeStage.None, NoticeStages.Stage(Notice(1) with { Status = NoticeStatus.Closed }, Issued.AddDays(5)));
    }

    [Fact]
    public void An_escalation_restarts_the_count_toward_its_new_deadline()
    {
        var escalated = Notice(2) with
        {
            Deadline = Issued.AddDays(12),
            Steps = [new NoticeStep { At = Issued.AddDays(2), By = "office", Action = "escalated" }],
        };
        Assert.Equal(NoticeStage.None, NoticeStages.Stage(escalated, Issued.AddDays(6)));   // 4 of 10 days since the escalation
        Assert.Equal(NoticeStage.Yellow, NoticeStages.Stage(escalated, Issued.AddDays(7)));
    }
}
