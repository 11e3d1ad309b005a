using Radzen;

namespace CommandCenter.Wall.Components;

/// <summary>Label and colour of each status, colours taken from the theme.</summary>
public static class StatusStyle
{
    public static string Chinese(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "已完成",
        ProgressStatus.OnTrack => "正常推进",
        ProgressStatus.Lagging => "滞后",
        ProgressStatus.Overdue => "逾期",
        _ => "未启动",
    };

    public static string English(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "Done",
        ProgressStatus.OnTrack => "On track",
        ProgressStatus.Lagging => "Lagging",
        ProgressStatus.Overdue => "Overdue",
        _ => "Not started",
    };

    public static ProgressBarStyle Bar(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => ProgressBarStyle.Success,
        ProgressStatus.OnTrack => ProgressBarStyle.Info,
        ProgressStatus.Lagging => ProgressBarStyle.Warning,
        ProgressStatus.Overdue => ProgressBarStyle.Danger,
        _ => ProgressBarStyle.Secondary,
    };

    public static BadgeStyle Badge(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => BadgeStyle.Success,
        ProgressStatus.OnTrack => BadgeStyle.Info,
        ProgressStatus.Lagging => BadgeStyle.Warning,
        ProgressStatus.Overdue => BadgeStyle.Danger,
        _ => BadgeStyle.Secondary,
    };

    public static string Percent(double share) => share.ToString("P0", System.Globalization.CultureInfo.InvariantCulture);
}
