using CommandCenter.Cases;

namespace CommandCenter.Domain.Tests;

/// <summary>The case lifecycle and what each case counts for (docs/STATUS-RULES.md, "Cases").</summary>
public sealed class CaseRulesTests
{
    private static readonly DateTimeOffset Reported = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    private static CaseView New() => new()
    {
        Id = "G1.1", GridCode = "G1", Category = "市容环境", Subcategory = "道路保洁", Source = CaseSource.Patrol,
        Description = "路面有垃圾", Status = CaseStatus.Reported, ReportedAt = Reported, ReportedBy = "grid-head",
        Limit = TimeLimit.Hours(2), Deadline = Reported.AddHours(2), Version = 1,
    };

    private static Outcome<CaseView> Try(CaseView view, CaseStatus to, string? unit = null, int minutes = 10) =>
        CaseSteps.Apply(view, new CaseTransition { To = to, Unit = unit, By = "someone" }, view.ReportedAt.AddMinutes(minutes));

    /// <summary>A step that must be taken.</summary>
    private static CaseView Go(CaseView view, CaseStatus to, string? unit = null, int minutes = 10)
    {
        var outcome = Try(view, to, unit, minutes);
        Assert.Null(outcome.Refusal);
        return outcome.Value!;
    }

    /// <summary>A step the lifecycle must refuse, leaving the case as it was.</summary>
    private static Refusal Refused(CaseView view, CaseStatus to, string? unit = null)
    {
        var refusal = Assert.IsType<Refusal>(Try(view, to, unit).Refusal);
        Assert.Equal(RefusalKind.NotAllowedNow, refusal.Kind);
        Assert.Same(view, refusal.Current);
        return refusal;
    }

    [Fact]
    public void The_lifecycle_allows_only_the_next_step()
    {
        Assert.True(CaseLifecycle.IsAllowed(CaseStatus.Reported, CaseStatus.Dispatched));
        Assert.True(CaseLifecycle.IsAllowed(CaseStatus.Rectified, CaseStatus.Rework));
        Assert.True(CaseLifecycle.IsAllowed(CaseStatus.Rework, CaseStatus.Handling));
        Assert.False(CaseLifecycle.IsAllowed(CaseStatus.Reported, CaseStatus.Closed));
        Assert.False(CaseLifecycle.IsAllowed(CaseStatus.Handling, CaseStatus.Verified));
        Assert.False(CaseLifecycle.IsAllowed(CaseStatus.Verified, CaseStatus.Rework));
        Assert.Empty(CaseLifecycle.Allowed(CaseStatus.Closed));
        Refused(New(), CaseStatus.Handling);
    }

    [Fact]
    public void Dispatching_needs_a_unit_and_closing_needs_evidence_and_a_verifier()
    {
        Refused(New(), CaseStatus.Dispatched, unit: " ");
        var verified = Go(Go(Go(Go(New(), CaseStatus.Dispatched, "环卫处"), CaseStatus.Handling), CaseStatus.Rectified), CaseStatus.Verified);
        Assert.Equal("someone", verified.Verifier);
        Assert.Contains("evidence", Refused(verified, CaseStatus.Closed).Reason);
        var closed = Go(verified with { PhotoIds = [7] }, CaseStatus.Closed);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(verified.Steps.Count + 1, closed.Steps.Count);
    }

    [Fact]
    public void Each_case_counts_once_for_each_counter_it_has_reached()
    {
        var reported = New();
        Assert.Equal(new CaseStats { Received = 1 }, CaseCounting.Of(reported));

        var rectified = Go(Go(Go(reported, CaseStatus.Dispatched, "环卫处"), CaseStatus.Handling), CaseStatus.Rectified);
        Assert.Equal(new CaseStats { Received = 1, Handled = 1 }, CaseCounting.Of(rectified));

        var rework = Go(rectified, CaseStatus.Rework);
        Assert.Equal(new CaseStats { Received = 1, Handled = 1, Reworked = 1 }, CaseCounting.Of(rework));

        var again = Go(Go(Go(Go(rework, CaseStatus.Handling), CaseStatus.Rectified), CaseStatus.Rework), CaseStatus.Handling);
        Assert.Equal(2, again.ReworkCount);
        Assert.Equal(new CaseStats { Received = 1, Handled = 1, Reworked = 1 }, CaseCounting.Of(again)); // a case, not an event

        var closedLate = Go(Go(Go(again, CaseStatus.Rectified), CaseStatus.Verified) with { PhotoIds = [1] }, CaseStatus.Closed, minutes: 180);
        Assert.False(closedLate.ClosedOnTime);
        Assert.Equal(new CaseStats { Received = 1, Handled = 1, Closed = 1, Reworked = 1 }, CaseCounting.Of(closedLate));
    }

    [Fact]
    public void An_open_case_past_its_deadline_counts_as_overdue_until_it_closes()
    {
        var overdue = New() with { Overdue = true };
        Assert.Equal(1, CaseCounting.Of(overdue).Overdue);
        Assert.Equal(0, CaseCounting.Of(overdue with { Status = CaseStatus.Closed }).Overdue);
        Assert.True(Go(New(), CaseStatus.Dispatched, "环卫处", minutes: 121).Overdue);   // a step after the deadline flags it too
    }

    [Fact]
    public void Rates_are_fractions_of_their_own_denominators()
    {

        var stats = new CaseStats { Received = 200, Handled = 160, Closed = 100, ClosedOnTime = 80, Reworked = 8, Overdue = 5 };
        Assert.Equal(0.8, stats.HandlingRate);     // handled / received
        Assert.Equal(0.5, stats.ClosureRate);      // closed / received
        Assert.Equal(0.8, stats.OnTimeRate);       // closed on time / closed
        Assert.Equal(0.05, stats.ReworkRate);      // reworked / handled
        Assert.Equal(13_263 / 13_271.0, new CaseStats { Received = 13_271, Handled = 13_263 }.HandlingRate);
        Assert.Equal(0, CaseStats.Zero.HandlingRate + CaseStats.Zero.ClosureRate + CaseStats.Zero.OnTimeRate + CaseStats.Zero.ReworkRate);
    }

    [Fact]
    public void The_seeded_categories_carry_the_city_s_time_limits()
    {
        Assert.Equal(TimeLimit.Hours(2), CaseCategories.Find(CaseCategories.Default, "市容环境", "道路保洁")!.Limit);
        Assert.Equal(TimeLimit.Days(1), CaseCategories.Find(CaseCategories.Default, "市容环境", "暴露垃圾")!.Limit);
        Assert.Equal(TimeLimit.Days(20), CaseCategories.Find(CaseCategories.Default, "违法建设", "违法建设拆除")!.Limit);
        Assert.Null(CaseCategories.Find(CaseCategories.Default, "市容环境", "不存在"));
    }
}
