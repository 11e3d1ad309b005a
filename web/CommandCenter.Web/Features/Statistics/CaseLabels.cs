using System.Globalization;

namespace CommandCenter.Web.Features.Statistics;

/// <summary>Chinese names of case sources and statuses, as exports and period statistics write them.</summary>
public static class CaseLabels
{
    public static string Source(CaseSource source) => source switch
    {
        CaseSource.Patrol => "巡查发现",
        CaseSource.Hotline => "12345热线",
        CaseSource.Media => "媒体曝光",
        CaseSource.Inspection => "领导督查",
        _ => "数字城管",
    };

    public static string Status(CaseStatus status) => status switch
    {
        CaseStatus.Reported => "已上报",
        CaseStatus.Dispatched => "已派遣",
        CaseStatus.Handling => "处置中",
        CaseStatus.Rectified => "已整改",
        CaseStatus.Verified => "已核查",
        CaseStatus.Closed => "已销号",
        CaseStatus.NotAccepted => "不受理",
        CaseStatus.Withdrawn => "作废",
        _ => "返工",
    };

    public static string Subject(NoticeSubject subject) => subject == NoticeSubject.Task ? "任务" : "案件";

    public static string NoticeStatus(CommandCenter.Supervision.NoticeStatus status) => status switch
    {
        CommandCenter.Supervision.NoticeStatus.Issued => "待答复",
        CommandCenter.Supervision.NoticeStatus.Answered => "已答复",
        _ => "已办结",
    };

    public static string Stage(NoticeStage stage) => stage switch
    {
        NoticeStage.Blue => "蓝色预警",
        NoticeStage.Yellow => "黄色预警",
        NoticeStage.Red => "红色预警",
        _ => "无",
    };

    /// <summary>The label of a period-statistics group key.</summary>
    public static string Group(CaseGrouping grouping, string key, IReadOnlyDictionary<string, GridDefinition> grids) => grouping switch
    {
        CaseGrouping.Source when Enum.TryParse<CaseSource>(key, out var source) => Source(source),
        CaseGrouping.Month when DateOnly.TryParseExact(key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => $"{month.Year}年{month.Month}月",
        CaseGrouping.Grid => grids.TryGetValue(key, out var grid) ? $"{grid.Name}（{key}）" : key,
        CaseGrouping.Unit or CaseGrouping.District when key.Length == 0 => "未指定",
        CaseGrouping.None => "合计",
        _ => key,
    };
}
