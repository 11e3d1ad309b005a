using CommandCenter.Reports;
using Radzen;

namespace CommandCenter.Web.Features.Reports;

/// <summary>Label and colour of a weekly report's status.</summary>
public static class ReportStatusText
{
    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "按时 On time",
        ReportStatus.Late => "迟报 Late",
        ReportStatus.Missing => "未报 Missing",
        ReportStatus.Returned => "已退回 Returned",
        _ => "待报 Due",
    };

    public static BadgeStyle Badge(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => BadgeStyle.Success,
        ReportStatus.Late => BadgeStyle.Warning,
        ReportStatus.Missing => BadgeStyle.Danger,
        ReportStatus.Returned => BadgeStyle.Warning,
        _ => BadgeStyle.Secondary,
    };
}
