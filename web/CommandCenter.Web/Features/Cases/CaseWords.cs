namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// The words of a case that the case, grid and report pages share, in Chinese: each is the key of an
/// <c>IStringLocalizer&lt;CaseWords&gt;</c> look-up, whose English stands in CaseWords.en.resx.
/// </summary>
public sealed class CaseWords
{
    private CaseWords()
    {
    }

    public const string Overdue = "超期";

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Reported => "已上报",
        CaseStatus.Dispatched => "已派遣",
        CaseStatus.Handling => "处置中",
        CaseStatus.Rectified => "已整改",
        CaseStatus.Verified => "已核查",
        CaseStatus.Closed => "已销号",
        CaseStatus.NotAccepted => "不受理",
        CaseStatus.Withdrawn => "已作废",
        _ => "返工",
    };

    /// <summary>The button that moves a case to <paramref name="to"/>.</summary>
    public static string Action(CaseStatus to) => to switch
    {
        CaseStatus.Dispatched => "派遣",
        CaseStatus.Handling => "开始处置",
        CaseStatus.Rectified => "整改完成",
        CaseStatus.Verified => "核查通过",
        CaseStatus.Closed => "销号",
        CaseStatus.Rework => "核查不通过，返工",
        _ => "不受理",
    };

    public static string Source(CaseSource source) => source switch
    {
        CaseSource.Patrol => "巡查",
        CaseSource.Hotline => "12345 热线",
        CaseSource.Media => "媒体曝光",
        CaseSource.Inspection => "领导督查",
        _ => "数字城管",
    };
}
