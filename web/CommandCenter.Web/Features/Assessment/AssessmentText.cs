using CommandCenter.Assessment;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>Chinese-first names the assessment pages show.</summary>
public static class AssessmentText
{
    public static string Indicator(IndicatorKind kind) => kind switch
    {
        IndicatorKind.TaskProgress => "任务进度 Tasks",
        IndicatorKind.WeeklyReports => "周报报送 Reports",
        IndicatorKind.Notices => "督办落实 Notices",
        IndicatorKind.Cases => "事件办理 Cases",
        IndicatorKind.OnTimeClosure => "按期结案率 On time",
        IndicatorKind.Closure => "结案率 Closure",
        IndicatorKind.NoRework => "无返工 No rework",
        _ => "加减分 Adjustments",
    };

    public static string List(ListKind list) => CommandCenter.Web.Features.Assessment.BulletinText.List(list);

    public static string Event(BlacklistEventKind kind) => EventNames.Of(kind);

    public static string Score(double? score) => CommandCenter.Web.Features.Assessment.BulletinText.Score(score);

    public static string Change(int? change) => CommandCenter.Web.Features.Assessment.BulletinText.Change(change);
}
