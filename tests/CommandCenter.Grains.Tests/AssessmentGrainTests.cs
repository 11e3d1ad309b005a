using System.Text.Json;
using CommandCenter.Assessment;
using CommandCenter.Seeding;
using Npgsql;

namespace CommandCenter.Grains.Tests;

/// <summary>Published periods, corrections, 屡次靠后 and events through a real silo on PostgreSQL, on a clock the test sets.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AssessmentGrainTests(PostgresFixture postgres)
{
    // 2 December 2026, noon in Shanghai: the demo campaign (day 45) started on 19 October; October and November have ended.
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 4, 0, 0, TimeSpan.Zero);
    private const string Unit = "城市河道管理处";

    private static async Task<(GrainCluster Cluster, IAssessmentGrain Assessment, string Database)> Start(PostgresFixture postgres)
    {
        var database = await postgres.CreateDatabaseAsync();
        var cluster = await GrainCluster.StartAsync(database, seed: false, clock: new MovableTime(Now));
        var demo = DemoCampaign.Create(new MovableTime(Now));
        await Task.WhenAll(demo.Tasks.Select(t => cluster.Client.GetGrain<ITaskGrain>(t.Task.Id).Define(t.Task, t.History)));
        await cluster.Client.GetGrain<ICampaignGrain>(demo.Campaign.Id).Create(demo.Campaign, Guid.Empty);
        return (cluster, cluster.Client.GetGrain<IAssessmentGrain>(DemoCampaign.Id), database);
    }

    private static Adjustment Points(string unit, double points, DateOnly date) =>
        new() { Id = "", Subject = unit, Points = points, Reason = "明查暗访", Date = date, By = "office", At = Now };

    [Fact]
    public async Task A_published_period_never_changes_when_the_data_under_it_does_and_a_correction_is_a_new_revision()
    {
        var (cluster, assessment, database) = await Start(postgres);
        await using var _ = cluster;

        var first = (await assessment.Publish("2026-11", "office")).Value!;
        Assert.Equal((1, 1, 14), (first.Number, first.Revision, first.Units.Count));
        var before = JsonSerializer.Serialize(first);
        var score = first.Units.Single(s => s.Subject == Unit).Score!.Value;

        // The data moves: a task of the unit progresses, the office deducts points dated in November.
        var task = (await cluster.Client.GetGrain<ICampaignGrain>(DemoCampaign.Id).GetSnapshot())!.Lines.SelectMany(l => l.Tasks).First(t => t.OwnerUnit == Unit);
        await cluster.Client.GetGrain<ITaskGrain>(task.Id).ReportProgress(new ProgressReport { Value = task.Target.Value, By = "tester" }).Accepted();
        Assert.Null((await assessment.AddAdjustment(Points(Unit, -10, new DateOnly(2026, 11, 20)))).Refusal);

        Assert.Equal(before, JsonSerializer.Serialize(await assessment.GetPublished("2026-11", null)));
        var shown = (await assessment.GetStandings(SubjectKind.Units, "2026-11"))!;
        Assert.True(shown.Published);
        Assert.Equal(score, shown.Items.Single(s => s.Subject == Unit).Score);
        await assessment.Publish("2026-11", "office").Refused(RefusalKind.Conflict);
        Assert.Equal("period", (await assessment.Publish("2026-12", "office").Refused(RefusalKind.Conflict)).Field); // not over yet

        // Not even SQL can rewrite it.
        await using (var connection = new NpgsqlConnection(database))
        {
            await connection.OpenAsync();
            await using var update = new NpgsqlCommand("UPDATE assessment_periods SET note = 'x'", connection);
            await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());
        }

        Assert.Equal("note", (await assessment.Revise("2026-11", "", "office")).Refusal!.Field);
        var revised = (await assessment.Revise("2026-11", "补录11月20日暗访扣分", "office")).Value!;
        Assert.Equal((1, 2, "补录11月20日暗访扣分"), (revised.Number, revised.Revision, revised.Note));
        Assert.NotEqual(score, revised.Units.Single(s => s.Subject == Unit).Score);
        Assert.Equal(before, JsonSerializer.Serialize(await assessment.GetPublished("2026-11", 1)));
        Assert.Equal(2, (await assessment.GetPublished("2026-11", null))!.Revision);
    }

    [Fact]
    public async Task Two_periods_in_the_bottom_three_are_repeatedly_behind_and_an_event_black_lists_the_best_unit()
    {
        var (cluster, assessment, _) = await Start(postgres);
        await using var _c = cluster;
        // The last unit of October's live table, pushed down in both months so it stays in the bottom three.
        var last = (await assessment.GetStandings(SubjectKind.Units, "2026-10"))!.Items.Last(s => s.Rank is not null).Subject;
        Assert.Null((await assessment.AddAdjustment(Points(last, -20, new DateOnly(2026, 10, 30)))).Refusal);
        Assert.Null((await assessment.AddAdjustment(Points(last, -20, new DateOnly(2026, 11, 30)))).Refusal);

        var live = (await assessment.GetStandings(SubjectKind.Units, "2026-11"))!;
        var best = live.Items.First(s => s.List == ListKind.Red).Subject;
        var recorded = await assessment.AddEvent(new BlacklistEvent
        {
            Id = "", Unit = best, Kind = BlacklistEventKind.SafetyIncident, Note = "施工围挡倒塌", Date = new DateOnly(2026, 11, 12), By = "office", At = Now,
        });
        Assert.Null(recorded.Refusal);

        var october = (await assessment.Publish("2026-10", "office")).Value!;
        Assert.Contains(BlackReason.Bottom, october.Units.Single(s => s.Subject == last).Reasons);
        Assert.DoesNotContain(BlackReason.RepeatedlyBehind, october.Units.Single(s => s.Subject == last).Reasons); // nothing published before
        var november = (await assessment.Publish("2026-11", "office")).Value!;
        Assert.Equal(2, november.Number);

        var behind = november.Units.Single(s => s.Subject == last);
        Assert.Equal(ListKind.Black, behind.List);
        Assert.Contains(BlackReason.RepeatedlyBehind, behind.Reasons);
        var exposed = november.Units.Single(s => s.Subject == best);
        Assert.Equal(ListKind.Black, exposed.List);
        Assert.Equal([BlackReason.Event], exposed.Reasons);
        Assert.Equal(["发生安全事故：施工围挡倒塌"], exposed.EventNotes);
        Assert.Equal(ListKind.Red, october.Units.Single(s => s.Subject == best).List); // the event is November's

        var record = (await assessment.GetAccountability()).Single(r => r.Unit == last && r.Period == "2026-11");
        Assert.Equal((2, 2, "在局党组会作说明"), (record.ConsecutiveBlack, record.Stage, record.StageName));
        Assert.False((await assessment.GetAccountability()).Single(r => r.Unit == last && r.Period == "2026-10").OnList);
        var explained = (await assessment.Explain(last, "2026-11", "河道保洁外包合同延误，已重新招标", "head")).Value!;
        Assert.Equal("河道保洁外包合同延误，已重新招标", explained.Explanation);
        var notBlack = november.Units.First(s => s.List != ListKind.Black).Subject;
        await assessment.Explain(notBlack, "2026-11", "x", "head").Refused(RefusalKind.NotFound);
    }

    [Fact]
    public async Task Refused_adjustments_and_schemes_store_nothing()
    {
        var (cluster, assessment, _) = await Start(postgres);
        await using var _c = cluster;
        Assert.Equal("points", (await assessment.AddAdjustment(Points(Unit, 20.5, new DateOnly(2026, 11, 3)))).Refusal!.Field);
        Assert.Equal("subject", (await assessment.AddAdjustment(Points("不存在的单位", 5, new DateOnly(2026, 11, 3)))).Refusal!.Field);
        Assert.Equal("date", (await assessment.AddAdjustment(Points(Unit, 5, new DateOnly(2026, 1, 3)))).Refusal!.Field);
        Assert.Empty(await assessment.GetAdjustments());

        var lopsided = DefaultScheme.Value with { UnitIndicators = [new() { Kind = IndicatorKind.TaskProgress, Weight = 60 }, new() { Kind = IndicatorKind.Cases, Weight = 30 }] };
        Assert.Equal("unitIndicators", (await assessment.SaveScheme(lopsided)).Refusal!.Field);
        Assert.Empty(await assessment.GetSchemes());

        var saved = (await assessment.SaveScheme(DefaultScheme.Value with { UnitIndicators = [new() { Kind = IndicatorKind.TaskProgress, Weight = 70 }, new() { Kind = IndicatorKind.Cases, Weight = 30 }] })).Value!;
        Assert.Equal((1, "2027-01"), (saved.Version, saved.EffectiveFrom)); // from the next period; December keeps the default
        Assert.Equal(4, (await assessment.GetScheme("2026-12")).UnitIndicators.Count);
        Assert.Equal(2, (await assessment.GetScheme("2027-01")).UnitIndicators.Count);
    }
}
