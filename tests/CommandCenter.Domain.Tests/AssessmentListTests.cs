using CommandCenter.Assessment;

namespace CommandCenter.Domain.Tests;

/// <summary>红榜 and 黑榜 under the default rules: top 3 red; bottom 3, below 60 or an event black; 屡次靠后 across two periods.</summary>
public sealed class AssessmentListTests
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoEvents = new Dictionary<string, IReadOnlyList<string>>();

    private static IReadOnlyList<Standing> Period(params (string Unit, double Score)[] scores) =>
        Ranking.Rank(scores.Select(s => AssessmentScoringTests.Unit(s.Unit, s.Score)).ToList());

    private static readonly (string, double)[] November = [("甲", 95), ("乙", 92), ("丙", 90), ("丁", 85), ("戊", 80), ("己", 75), ("庚", 70), ("辛", 65)];

    [Fact]
    public void The_top_three_are_red_and_the_bottom_three_black()
    {
        var listed = Ranking.List(DefaultScheme.Value, Period(November), NoEvents, null).ToDictionary(s => s.Subject);
        Assert.Equal(["甲", "乙", "丙"], listed.Values.Where(s => s.List == ListKind.Red).Select(s => s.Subject));
        Assert.Equal(["己", "庚", "辛"], listed.Values.Where(s => s.List == ListKind.Black).Select(s => s.Subject));
        Assert.Equal([BlackReason.Bottom], listed["辛"].Reasons);
        Assert.Equal(ListKind.None, listed["丁"].List);
    }

    [Fact]
    public void Any_score_below_sixty_is_black_even_above_the_bottom_three()
    {
        var listed = Ranking.List(DefaultScheme.Value, Period([.. November.Take(4), ("戊", 59.9), ("己", 55), ("庚", 50), ("辛", 45)]), NoEvents, null);
        Assert.Equal([BlackReason.BelowThreshold], listed.Single(s => s.Subject == "戊").Reasons);
    }

    [Fact]
    public void An_event_puts_even_the_best_unit_on_the_black_list()
    {
        var events = new Dictionary<string, IReadOnlyList<string>> { ["甲"] = ["发生安全事故：工地坍塌"] };
        var top = Ranking.List(DefaultScheme.Value, Period(November), events, null).Single(s => s.Subject == "甲");
        Assert.Equal((ListKind.Black, 1), (top.List, top.Rank!.Value));
        Assert.Equal([BlackReason.Event], top.Reasons);
        Assert.Equal(["发生安全事故：工地坍塌"], top.EventNotes);
    }

    [Fact]
    public void Being_in_the_bottom_three_in_two_consecutive_periods_is_repeatedly_behind()
    {
        var october = Ranking.List(DefaultScheme.Value, Period(November), NoEvents, null);
        var december = Ranking.List(DefaultScheme.Value, Period(("甲", 95), ("乙", 92), ("丙", 90), ("己", 85), ("丁", 80), ("戊", 75), ("庚", 70), ("辛", 65)), NoEvents, october)
            .ToDictionary(s => s.Subject);
        Assert.Contains(BlackReason.RepeatedlyBehind, december["辛"].Reasons);
        Assert.Contains(BlackReason.RepeatedlyBehind, december["庚"].Reasons);
        Assert.DoesNotContain(BlackReason.RepeatedlyBehind, december["戊"].Reasons); // new to the bottom three
        Assert.Equal(ListKind.None, december["己"].List);
        Assert.Equal(2, december["己"].RankChange); // 6th → 4th
        Assert.Equal(-1, december["丁"].RankChange);
    }
}
