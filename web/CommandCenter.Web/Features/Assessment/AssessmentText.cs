using CommandCenter.Assessment;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>Chinese-first names the assessment pages show.</summary>
public static class AssessmentText
{
    public static string Indicator(IndicatorKind kind) => kind switch
    {
        IndicatorKind.TaskProgress => "任务进度",
        IndicatorKind.WeeklyReports => "周报报送",
        IndicatorKind.Notices => "督办落实",
        IndicatorKind.Cases => "事件办理",
        IndicatorKind.OnTimeClosure => "按期结案率",
        IndicatorKind.Closure => "结案率",
        IndicatorKind.NoRework => "无返工",
        _ => "加减分",
    };

    public static string List(ListKind list) => CommandCenter.Web.Features.Assessment.BulletinText.List(list);

    public static string Event(BlacklistEventKind kind) => EventNames.Of(kind);

    public static string Score(double? score) => CommandCenter.Web.Features.Assessment.BulletinText.Score(score);

    public static string Change(int? change) => CommandCenter.Web.Features.Assessment.BulletinText.Change(change);
}
