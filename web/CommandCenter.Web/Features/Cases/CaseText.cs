using System.Globalization;

namespace CommandCenter.Web.Features.Cases;

/// <summary>How the case, grid and notice pages name things, Chinese first.</summary>
public static class CaseText
{
    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Reported => "已上报 Reported",
        CaseStatus.Dispatched => "已派遣 Dispatched",
        CaseStatus.Handling => "处置中 Handling",
        CaseStatus.Rectified => "已整改 Rectified",
        CaseStatus.Verified => "已核查 Verified",
        CaseStatus.Closed => "已销号 Closed",
        CaseStatus.NotAccepted => "不受理 Not accepted",
        CaseStatus.Withdrawn => "已作废 Withdrawn",
        _ => "返工 Rework",
    };

    /// <summary>The button that moves a case to <paramref name="to"/>.</summary>
    public static string Action(CaseStatus to) => to switch
    {
        CaseStatus.Dispatched => "派遣 Dispatch",
        CaseStatus.Handling => "开始处置 Start handling",
        CaseStatus.Rectified => "整改完成 Rectified",
        CaseStatus.Verified => "核查通过 Verify",
        CaseStatus.Closed => "销号 Close out",
        CaseStatus.Rework => "核查不通过，返工 Send back",
        CaseStatus.NotAccepted => "不受理 Not accepted",
        _ => to.ToString(),
    };

    public static string Source(CaseSource source) => source switch
    {
        CaseSource.Patrol => "巡查 Patrol",
        CaseSource.Hotline => "12345 热线 Hotline",
        CaseSource.Media => "媒体曝光 Media",
        CaseSource.Inspection => "领导督查 Inspection",
        _ => "数字城管 Digital center",
    };

    public static string Stage(NoticeStage stage) => stage switch
    {
        NoticeStage.Blue => "蓝色 Blue",
        NoticeStage.Yellow => "黄色 Yellow",
        NoticeStage.Red => "红色 Red",
        _ => "—",
    };

    public static string NoticeStatusName(NoticeStatus status) => status switch
    {
        NoticeStatus.Issued => "待答复 Awaiting answer",
        NoticeStatus.Answered => "已答复 Answered",
        _ => "已办结 Closed",
    };

    public static string Rate(double rate) => (rate * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>A rate of <paramref name="denominator"/> cases, or "—" when there were none (0 of 0 is no rate, not 0.0%).</summary>
    public static string Rate(double rate, int denominator) => denominator == 0 ? "—" : Rate(rate);
}
