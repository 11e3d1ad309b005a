using System.Globalization;
using CommandCenter.Assessment;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>The words of a monthly 通报, shared by the .docx, the .xlsx and the print page.</summary>
public static class BulletinText
{
    public static readonly string[] TableHeaders = ["排名", "单位", "得分", "任务进度", "周报报送", "督办落实", "事件办理", "加减分", "名次变化", "榜单"];

    public static readonly string[] Requirements =
    [
        "一要对标对表抓落实。各单位要对照任务分解表逐项核对进度，确保时间过半、任务过半。",
        "二要立行立改补短板。上黑榜单位要认真查找原因，在规定期限内书面作出说明，提出整改措施。",
        "三要用好考核促提升。考核结果纳入年度目标考核，屡次靠后的单位将按程序启动问责。",
    ];

    public static string Title(PublishedPeriod p) => $"关于{PeriodTitle(p)}份“{p.CampaignName}”专项行动考核排名情况的通报";

    public static string PeriodTitle(PublishedPeriod p) =>
        AssessmentPeriod.TryParse(p.Period, out var period) ? period.Title : p.Period;

    public static string Issue(PublishedPeriod p, TimeZoneInfo zone) =>
        $"第{p.Number}期{(p.Revision > 1 ? $"（修订{p.Revision - 1}）" : "")}　{TimeZoneInfo.ConvertTime(p.PublishedAt, zone):yyyy年M月d日}";

    public static string Intro(PublishedPeriod p) =>
        $"根据专项行动考核方案（第{Math.Max(1, p.Scheme.Version)}版），现将{PeriodTitle(p)}（{p.Start:M月d日}至{p.End:M月d日}）各单位考核排名情况通报如下：";

    public static string Points(IndicatorScore? i) => i is null ? "" : i.Score.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    public static string Change(int? change) => change switch { null => "—", > 0 => $"↑{change}", < 0 => $"↓{-change}", _ => "—" };

    public static string List(ListKind list) => list switch { ListKind.Red => "红榜", ListKind.Black => "黑榜", _ => "" };

    public static string[] Row(Standing s) =>
    [
        s.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—", s.Subject, Score(s.Score),
        Points(Of(s, IndicatorKind.TaskProgress)), Points(Of(s, IndicatorKind.WeeklyReports)), Points(Of(s, IndicatorKind.Notices)),
        Points(Of(s, IndicatorKind.Cases)), Points(Of(s, IndicatorKind.Adjustments)), Change(s.RankChange), List(s.List),
    ];

    /// <summary>Why a unit is black, in words: the reasons and the notes of its events.</summary>
    public static string Reasons(Standing s, AssessmentScheme scheme) =>
        string.Join("；", s.Reasons.Where(r => r != BlackReason.Event).Select(r => EventNames.Of(r, scheme.BlackBelow, scheme.BlackBottom)).Concat(s.EventNotes));

    private static IndicatorScore? Of(Standing s, IndicatorKind kind) => s.Indicators.FirstOrDefault(i => i.Kind == kind);
}
