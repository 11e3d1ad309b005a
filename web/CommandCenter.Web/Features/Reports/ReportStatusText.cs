using CommandCenter.Reports;
using Radzen;

namespace CommandCenter.Web.Features.Reports;

/// <summary>Label (the Chinese key of <see cref="ReportBadge"/>'s localizer) and colour of a weekly report's status.</summary>
public static class ReportStatusText
{
    public static string Label(ReportStatus status) => status switch
    {
        ReportStatus.OnTime => "按时",
        ReportStatus.Late => "迟报",
        ReportStatus.Missing => "未报",
        ReportStatus.Returned => "已退回",
        _ => "待报",
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
