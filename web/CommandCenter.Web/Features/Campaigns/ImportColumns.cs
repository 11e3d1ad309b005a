namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// The columns of the task decomposition table as people know them: an import error names its column by the header
/// of the page's language (目标值 on a Chinese page, target_value on an English one), whichever the file used.
/// </summary>
public static class ImportColumns
{
    private static readonly (string English, string Chinese)[] All =
    [
        ("line_code", "专项行动编号"), ("line_title", "专项行动名称"), ("lead_unit", "牵头单位"), ("leader", "分管领导"),
        ("task_code", "任务编号"), ("task_title", "任务内容"), ("owner_unit", "责任单位"), ("co_units", "协办单位"),
        ("target_kind", "目标类型"), ("target_value", "目标值"), ("baseline", "基数"), ("unit_of_measure", "计量单位"),
        ("due_date", "完成时限"),
    ];

    /// <summary>The header of <paramref name="column"/> (as the reader names it) in the page's language.</summary>
    public static string Name(string column)
    {
        foreach (var (english, chinese) in All)
        {
            if (string.Equals(column, english, StringComparison.OrdinalIgnoreCase) || column == chinese)
            {
                return CommandCenter.Web.Shell.Languages.Language.IsEnglish ? english : chinese;
            }
        }

        return column;
    }
}
