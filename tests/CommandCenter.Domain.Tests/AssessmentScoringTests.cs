using CommandCenter.Assessment;
using CommandCenter.Reports;
using CommandCenter.Supervision;

namespace CommandCenter.Domain.Tests;

/// <summary>The default assessment scheme on a fixed data set, every expected score computed by hand (docs/STATUS-RULES.md, "Assessment").</summary>
public sealed class AssessmentScoringTests
{
    private static readonly AssessmentScheme Scheme = DefaultScheme.Value;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private static SupervisionNotice Notice(double deadlineDaysAgo, double? answeredDaysAgo) => new()
    {
        Id = "n", Unit = "城防办", Subject = NoticeSubject.Task, SubjectId = "t", Title = "督办", IssuedAt = Now.AddDays(-20), IssuedBy = "office",
        Deadline = Now.AddDays(-deadlineDaysAgo), Status = answeredDaysAgo is null ? NoticeStatus.Issued : NoticeStatus.Answered,
        AnsweredAt = answeredDaysAgo is { } a ? Now.AddDays(-a) : null,
    };

    /// <summary>城防办: three started tasks, four weeks, four notices, four cases with a known outcome, +5 and −2 points.</summary>
    private static UnitFacts Sample() => new()
    {
        TaskCredits = new[]
        {
            Credits.Task(0.3, 0.5, false), // 0.3 ÷ 0.5 = 0.6
            Credits.Task(0.8, 0.5, false), // 1.6, capped at 1
            Credits.Task(0.2, 0.9, true),  // done: 1
            Credits.Task(0, 0, false),     // not started: not counted
        }.OfType<double>().ToList(),
        WeekCredits = new[] { ReportStatus.OnTime, ReportStatus.Late, ReportStatus.Missing, ReportStatus.Due }.Select(Credits.Week).OfType<double>().ToList(),
        NoticeCredits = new[] { Notice(5, 6), Notice(5, 2), Notice(1, null), Notice(-3, null) }.Select(n => Credits.Notice(n, Now)).OfType<double>().ToList(),
        CasesDue = 4,
        CasesClosedOnTime = 3,
        AdjustmentPoints = 5 - 2,
    };

    private static double Points(IReadOnlyList<IndicatorScore> indicators, IndicatorKind kind) => indicators.Single(i => i.Kind == kind).Score;

    [Fact]
    public void Task_progress_is_the_mean_of_progress_over_time_elapsed_capped_at_one_over_started_tasks()
    {
        var (_, indicators) = Scorer.Unit(Scheme, Sample());
        Assert.Equal(Math.Round(50 * (0.6 + 1 + 1) / 3, 2), Points(indicators, IndicatorKind.TaskProgress)); // 43.33
        Assert.Equal(3, indicators.Single(i => i.Kind == IndicatorKind.TaskProgress).Count);
    }

    [Fact]
    public void Weekly_reports_count_on_time_one_late_half_missing_nothing_and_skip_weeks_still_due()
    {
        var (_, indicators) = Scorer.Unit(Scheme, Sample());
        Assert.Equal(20 * (1 + 0.5 + 0) / 3, Points(indicators, IndicatorKind.WeeklyReports)); // 10
    }

    [Fact]
    public void Notices_count_answered_in_time_one_late_half_unanswered_nothing_and_skip_those_not_yet_due()
    {
        var (_, indicators) = Scorer.Unit(Scheme, Sample());
        Assert.Equal(15 * (1 + 0.5 + 0) / 3, Points(indicators, IndicatorKind.Notices)); // 7.5
    }

    [Fact]
    public void Cases_score_the_on_time_closure_rate()
    {
        var (_, indicators) = Scorer.Unit(Scheme, Sample());
        Assert.Equal(15 * 0.75, Points(indicators, IndicatorKind.Cases)); // 11.25
    }

    [Fact]
    public void The_total_adds_every_indicator_and_the_adjustments_rounded_once_to_one_decimal()
    {
        var (score, indicators) = Scorer.Unit(Scheme, Sample());
        Assert.Equal(3, Points(indicators, IndicatorKind.Adjustments));
        Assert.Equal(75.1, score); // 43.333 + 10 + 7.5 + 11.25 + 3 = 75.083
    }

    [Fact]
    public void A_unit_with_nothing_to_measure_gets_full_marks_on_every_indicator()
    {
        var (score, indicators) = Scorer.Unit(Scheme, new UnitFacts());
        Assert.Equal(100, score);
        Assert.All(indicators.Where(i => i.Kind != IndicatorKind.Adjustments), i => Assert.Equal((i.Weight, 0), (i.Score, i.Count)));
    }

    [Fact]
    public void Adjustments_are_capped_at_twenty_points_either_way_and_the_total_at_zero_to_one_hundred()
    {
        var (deducted, indicators) = Scorer.Unit(Scheme, new UnitFacts { AdjustmentPoints = -25 });
        Assert.Equal(-20, Points(indicators, IndicatorKind.Adjustments));
        Assert.Equal(80, deducted);
        Assert.Equal(100, Scorer.Unit(Scheme, new UnitFacts { AdjustmentPoints = 30 }).Score);
        Assert.Equal(0, Scorer.Unit(Scheme, new UnitFacts { TaskCredits = [0], WeekCredits = [0], NoticeCredits = [0], CasesDue = 1, AdjustmentPoints = -20 }).Score);
    }

    [Fact]
    public void Ties_share_a_rank_and_the_next_rank_skips()
    {
        var ranked = Ranking.Rank([Unit("甲", 90), Unit("乙", 80), Unit("丙", 80), Unit("丁", 70)]);
        Assert.Equal([1, 2, 2, 4], ranked.Select(s => s.Rank!.Value));
        Assert.Equal(new Dictionary<string, int> { ["甲"] = 1, ["乙"] = 2, ["丙"] = 2, ["丁"] = 4 }, ranked.ToDictionary(s => s.Subject, s => s.Rank!.Value));
    }

    [Fact]
    public void A_grid_scores_on_time_closure_closure_and_one_minus_rework()
    {
        var scored = Scorer.Cases(Scheme, new CaseFacts(Received: 10, Handled: 8, Closed: 6, ClosedOnTime: 3, Reworked: 2, OverdueOpen: 1))!.Value;
        Assert.Equal([25, 18, 15], scored.Indicators.Select(i => i.Score)); // 50 × 3/6, 30 × 6/10, 20 × (1 − 2/8)
        Assert.Equal(58, scored.Score);
    }

    [Fact]
    public void A_grid_without_cases_is_unranked_and_listed_after_the_ranked_ones_not_first()
    {
        Assert.Null(Scorer.Cases(Scheme, CaseFacts.Zero));
        var ranked = Ranking.Rank([new Standing { Subject = "JA-000" }, Unit("JA-002", 40), Unit("JA-001", 58)]);
        Assert.Equal([("JA-001", (int?)1), ("JA-002", 2), ("JA-000", null)], ranked.Select(s => (s.Subject, s.Rank)));
    }

    internal static Standing Unit(string name, double score) => new() { Subject = name, Score = score };
}
