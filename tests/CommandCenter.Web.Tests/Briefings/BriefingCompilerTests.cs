using CommandCenter.Briefings;
using CommandCenter.Reports;
using CommandCenter.Tasks;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>A week compiled from fixed data (<see cref="BriefingSample"/>): every section of the briefing.</summary>
public sealed class BriefingCompilerTests
{
    private static readonly Briefing Compiled = BriefingCompiler.Compile(BriefingSample.Inputs, BriefingSample.Edits);

    private static BriefingTask TaskOf(string id) => Compiled.Lines.SelectMany(l => l.Tasks).Single(t => t.Id == id);

    [Fact]
    public void The_header_counts_the_day_at_the_end_of_the_week_and_rolls_up_progress_against_time()
    {
        Assert.Equal(("brief1", "大干实干一百天", BriefingSample.Week), (Compiled.CampaignId, Compiled.CampaignName, Compiled.Week));
        Assert.Equal((56, 100), (Compiled.Day, Compiled.TotalDays));
        Assert.Equal(0.56, Compiled.TimeElapsed, 6);
        Assert.Equal((0.45 + 0.625 + 0.5) / 3, Compiled.Progress, 6);
        Assert.Equal(ProgressStatus.Lagging, Compiled.Status); // an overdue task makes the campaign lag
    }

    [Fact]
    public void Lines_come_in_the_editor_s_order_with_each_lead_unit_s_report_and_the_editor_s_note()
    {
        Assert.Equal(["三", "一", "二"], Compiled.Lines.Select(l => l.Code));
        Assert.Equal("各单位要对标对表，补齐短板。", Compiled.EditorNote);
        var first = Compiled.Lines.Single(l => l.Code == "一");
        Assert.Equal((ReportStatus.OnTime, "清理占道经营 80 处", "夜市反弹", "联合执法"),
            (first.ReportStatus, first.Report!.WorkDone, first.Report.Problems, first.Report.NextWeek));
        Assert.Equal(ReportStatus.Late, Compiled.Lines.Single(l => l.Code == "二").ReportStatus);
        Assert.Null(Compiled.Lines.Single(l => l.Code == "三").Report);
    }

    [Fact]
    public void Every_task_figure_carries_its_change_since_last_week()
    {
        Assert.Equal((180m, 100m, 80m), (TaskOf("brief1.1.1").Value, TaskOf("brief1.1.1").LastWeekValue, TaskOf("brief1.1.1").Change));
        Assert.Equal((95m, (decimal?)null, 5m), (TaskOf("brief1.2.1").Value, TaskOf("brief1.2.1").LastWeekValue, TaskOf("brief1.2.1").Change)); // first value: from the baseline
        Assert.Equal((50m, 50m, 0m), (TaskOf("brief1.3.1").Value, TaskOf("brief1.3.1").LastWeekValue, TaskOf("brief1.3.1").Change));
        Assert.Equal(0.45, TaskOf("brief1.1.1").Progress, 6);
    }

    [Fact]
    public void The_lagging_and_overdue_tasks_are_listed_overdue_first()
    {
        Assert.Equal(["brief1.3.1", "brief1.1.1"], Compiled.Laggards.Select(t => t.Id));
        Assert.Equal([ProgressStatus.Overdue, ProgressStatus.Lagging], Compiled.Laggards.Select(t => t.Status));
        Assert.Equal(ProgressStatus.OnTrack, TaskOf("brief1.2.1").Status);
    }

    [Fact]
    public void The_units_that_reported_late_or_not_at_all_are_named()
    {
        Assert.Equal([("路灯所", ReportStatus.Late), ("环卫处", ReportStatus.Missing)], Compiled.LateUnits.Select(u => (u.Unit, u.Status)));
    }

    [Fact]
    public void Notices_issued_answered_and_overdue_are_those_of_the_week_and_campaign()
    {
        Assert.Equal((2, 1, 1), (Compiled.Notices.Issued, Compiled.Notices.Answered, Compiled.Notices.Overdue));
        Assert.Equal(["环卫处：背街小巷改造滞后"], Compiled.Notices.OverdueTitles);
    }

    [Fact]
    public void The_week_s_case_figures_are_carried()
    {
        Assert.Equal(BriefingSample.Cases, Compiled.Cases);
    }

    [Fact]
    public void The_current_week_is_judged_as_of_now()
    {
        var midweek = BriefingCompiler.Compile(BriefingSample.Inputs with { Now = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.FromHours(8)) }, BriefingEdits.None);
        Assert.Equal(52, midweek.Day);
        Assert.Equal(["一", "二", "三"], midweek.Lines.Select(l => l.Code)); // no highlights: plan order
        Assert.Equal(0, midweek.Notices.Overdue); // n1's deadline is that evening
    }
}
