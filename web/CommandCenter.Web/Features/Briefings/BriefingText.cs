using System.Globalization;
using CommandCenter.Briefings;
using CommandCenter.Reports;
using CommandCenter.Web.Features.Tasks;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>How the briefing page and the .docx write a briefing's figures, in Chinese.</summary>
public static class BriefingText
{
    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "正常",
        ProgressStatus.Lagging => "滞后",
        ProgressStatus.Overdue => "超期",
        ProgressStatus.Done => "完成",
        _ => "未开始",
    };

    public static string Report(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "按时报送",
        ReportStatus.Late => "迟报",
        ReportStatus.Missing => "未报",
        ReportStatus.Returned => "退回修改",
        _ => "待报",
    };

    public static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string Value(decimal? value, BriefingTask task) => TaskText.Value(value, task.Target);

    /// <summary>The change since last week with its sign ("+80", "0", "−2"); "—" without a value.</summary>
    public static string Change(BriefingTask task) => task.Change switch
    {
        null => "—",
        > 0 and var c => "+" + c.ToString("0.##", CultureInfo.InvariantCulture),
        var c => c.Value.ToString("0.##", CultureInfo.InvariantCulture),
    };

    public static string Title(int? number) => number is { } n ? $"第 {n} 期" : "草稿";

    public static string Period(Briefing briefing) =>
        $"{briefing.Week:yyyy年M月d日}—{briefing.Week.AddDays(6):M月d日}";

    public static string Header(Briefing briefing) =>
        $"活动第 {briefing.Day} 天（共 {briefing.TotalDays} 天），总体进度 {Percent(briefing.Progress)}，时间进度 {Percent(briefing.TimeElapsed)}，总体状态：{Status(briefing.Status)}。";

    public static string LateUnits(Briefing briefing) => briefing.LateUnits.Count == 0
        ? "各牵头单位均按时报送。"
        : string.Join("、", briefing.LateUnits.Select(u => $"{u.Unit}（{Report(u.Status)}）")) + "。";

    public static string Notices(Briefing briefing) =>
        $"本周下发督办通知 {briefing.Notices.Issued} 件，答复 {briefing.Notices.Answered} 件，超期未办 {briefing.Notices.Overdue} 件。";

    public static string Cases(Briefing briefing)
    {
        var c = briefing.Cases;
        return $"本周受理案件 {c.Received} 件，处置 {c.Handled} 件，处置率 {Rate(c.HandlingRate)}；结案 {c.Closed} 件，结案率 {Rate(c.ClosureRate)}；"
            + $"按期结案 {c.ClosedOnTime} 件，按期结案率 {Rate(c.OnTimeRate)}；返工 {c.Reworked} 件，返工率 {Rate(c.ReworkRate)}；超期未结 {c.Overdue} 件。";
    }

    /// <summary>A rate as the seeds write it: 99.56%.</summary>
    public static string Rate(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
