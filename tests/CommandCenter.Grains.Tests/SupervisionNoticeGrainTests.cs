using CommandCenter.Supervision;

namespace CommandCenter.Grains.Tests;

/// <summary>A notice's steps out of order are refused as answers (not errors) and change nothing.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SupervisionNoticeGrainTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Steps_a_notice_is_not_ready_for_are_refused_and_change_nothing()
    {
        await using var cluster = await GrainCluster.StartAsync(await postgres.CreateDatabaseAsync(), seed: false);
        var notice = cluster.Client.GetGrain<ISupervisionNoticeGrain>("n-refusals");
        await notice.Answer("尚未下发", "unit-head").Refused(RefusalKind.NotFound);

        var issued = await notice.Issue(new SupervisionNotice
        {
            Id = "n-refusals", Unit = "城防办", Subject = NoticeSubject.Task, SubjectId = "dagan100.1.1", Title = "请加快进度",
            IssuedAt = DateTimeOffset.UtcNow, IssuedBy = "office", Deadline = DateTimeOffset.UtcNow.AddDays(3), Status = NoticeStatus.Issued,
        }).Accepted();
        await notice.Escalate(DateTimeOffset.UtcNow.AddDays(-1), "期限已过", "office").Refused(RefusalKind.NotAllowedNow);
        await notice.Answer("已整改", "unit-head").Accepted();
        Assert.Contains("not waiting for an answer", (await notice.Answer("再次答复", "unit-head").Refused(RefusalKind.NotAllowedNow)).Reason);
        await notice.Close("办结", "office").Accepted();
        await notice.Close("再次办结", "office").Refused(RefusalKind.NotAllowedNow);
        await notice.Escalate(DateTimeOffset.UtcNow.AddDays(5), "升级", "office").Refused(RefusalKind.NotAllowedNow);

        var stored = (await notice.Get())!;
        Assert.Equal((NoticeStatus.Closed, 1, issued.Steps.Count + 2), (stored.Status, stored.Level, stored.Steps.Count));
    }
}
