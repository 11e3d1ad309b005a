using System.Globalization;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>How the pages write targets and values, in the page's language.</summary>
public static class TaskText
{
    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.Quantity => "数量 Quantity",
        TargetKind.Rate => "比率 Rate",
        TargetKind.Milestone => "节点 Milestone",
        _ => "排名 Ranking",
    };

    public static string Value(decimal? value, TaskTarget target) => value is not { } v
        ? "—"
        : target.Kind switch
        {
            TargetKind.Rate or TargetKind.Milestone => v.ToString("0.##", CultureInfo.InvariantCulture) + "%",
            TargetKind.Ranking => Shell.Languages.Language.IsEnglish
                ? "rank " + v.ToString("0", CultureInfo.InvariantCulture)
                : "第 " + v.ToString("0", CultureInfo.InvariantCulture) + " 名",
            _ => v.ToString("0.##", CultureInfo.InvariantCulture) + " " + target.UnitOfMeasure,
        };

    public static string Target(TaskTarget target) => target.Kind switch
    {
        TargetKind.Rate => "≥ " + Value(target.Value, target),
        TargetKind.Milestone => Shell.Languages.Language.IsEnglish ? "done" : "完成",
        TargetKind.Ranking => Shell.Languages.Language.IsEnglish
            ? "top " + target.Value.ToString("0", CultureInfo.InvariantCulture)
            : "前 " + target.Value.ToString("0", CultureInfo.InvariantCulture) + " 名",
        _ => Value(target.Value, target),
    };

    /// <summary>A time shown in the campaign's zone (China's by default), as every office page writes it (<see cref="Dates.Moment"/>).</summary>
    public static string Time(DateTimeOffset at, string timeZone = Dates.DefaultZone) => Dates.Moment(at, timeZone);

    public static readonly IReadOnlyList<(int Percent, string Label)> MilestoneSteps =
    [
        (0, "未开始 0%"), (25, "启动 25%"), (50, "过半 50%"), (75, "收尾 75%"), (100, "已完成 100%"),
    ];
}
