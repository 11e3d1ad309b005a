using System.Text.RegularExpressions;

namespace CommandCenter.Planning.Internal;

/// <summary>The known columns and how a header written in a file is matched to one of them.</summary>
internal static partial class TaskTableColumns
{
    /// <summary>Every column, in the order the writer writes them.</summary>
    public static readonly IReadOnlyList<ColumnSpec> All =
    [
        new(TaskTableColumn.LineCode, "line_code", "专项行动编号", true, 12),
        new(TaskTableColumn.LineTitle, "line_title", "专项行动名称", true, 30),
        new(TaskTableColumn.LeadUnit, "lead_unit", "牵头单位", true, 18, Aliases: ["牵头处室"]),
        new(TaskTableColumn.Leader, "leader", "分管领导", true, 12, Aliases: ["分包责任领导", "责任领导"]),
        new(TaskTableColumn.TaskCode, "task_code", "任务编号", true, 12),
        new(TaskTableColumn.TaskTitle, "task_title", "任务内容", true, 50),
        new(TaskTableColumn.OwnerUnit, "owner_unit", "责任单位", true, 18),
        new(TaskTableColumn.CoUnits, "co_units", "协办单位", false, 24, Aliases: ["配合单位"]),
        new(TaskTableColumn.TargetKind, "target_kind", "目标类型", true, 22, "quantity/rate/milestone/ranking", "数量/比率/节点/排名"),
        new(TaskTableColumn.TargetValue, "target_value", "目标值", true, 12),
        new(TaskTableColumn.Baseline, "baseline", "基数", false, 10),
        new(TaskTableColumn.UnitOfMeasure, "unit_of_measure", "计量单位", true, 12),
        new(TaskTableColumn.DueDate, "due_date", "完成时限", true, 16, "yyyy-MM-dd", "yyyy-MM-dd", Aliases: ["完成时间"]),
    ];

    private static readonly Dictionary<string, ColumnSpec> ByKey = BuildKeys();

    /// <summary>The spec of <paramref name="column"/>.</summary>
    public static ColumnSpec Spec(TaskTableColumn column) => All[(int)column];

    /// <summary>The column a header written in a file names, or null when it names none.</summary>
    public static ColumnSpec? Match(string header) => ByKey.GetValueOrDefault(Key(header));

    /// <summary>
    /// Normalises a header: trims it, drops trailing "(…)" / "（…）" hints and "*" required marks, lower-cases it and
    /// removes whitespace, underscores and hyphens, so "Target Kind (quantity/…)" and "target_kind" match.
    /// </summary>
    public static string Key(string header)
    {
        var text = header.Trim().Trim('*', '＊').Trim();
        string previous;
        do
        {
            previous = text;
            text = TrailingHint().Replace(text, "").Trim().Trim('*', '＊').Trim();
        }
        while (text != previous);
        return Separators().Replace(text, "").ToLowerInvariant();
    }

    private static Dictionary<string, ColumnSpec> BuildKeys()
    {
        var keys = new Dictionary<string, ColumnSpec>(StringComparer.Ordinal);
        foreach (var spec in All)
        {
            keys[Key(spec.English)] = spec;
            keys[Key(spec.Chinese)] = spec;
            foreach (var alias in spec.Aliases)
            {
                keys[Key(alias)] = spec;
            }
        }
        return keys;
    }

    [GeneratedRegex(@"[(（][^()（）]*[)）]$")]
    private static partial Regex TrailingHint();

    [GeneratedRegex(@"[\s_\-]+")]
    private static partial Regex Separators();
}
