namespace CommandCenter.Planning.Tests;

/// <summary>Tasks shaped like seed 004's plan, used to build test files.</summary>
internal static class SampleTasks
{
    public static readonly string[] ChineseHeaders =
    [
        "专项行动编号", "专项行动名称", "牵头单位", "分管领导", "任务编号", "任务内容", "责任单位",
        "协办单位", "目标类型（数量/比率/节点/排名）", "目标值", "基数", "计量单位", "完成时限",
    ];

    public static readonly string[] EnglishHeaders =
    [
        "line_code", "line_title", "lead_unit", "leader", "task_code", "task_title", "owner_unit",
        "co_units", "target_kind", "target_value", "baseline", "unit_of_measure", "due_date",
    ];

    /// <summary>Three tasks of two lines of effort, as text cells in the order of <see cref="ChineseHeaders"/>.</summary>
    public static string[][] ChineseCells() =>
    [
        ["一", "防汛及安全生产", "市政处", "王局长", "1-1", "完成防汛物资采购", "市政处", "财务科、办公室", "节点", "100", "", "", "2022-06-30"],
        ["一", "防汛及安全生产", "市政处", "王局长", "1-2", "清理占道经营400起", "执法支队", "", "数量", "400", "120", "起", "2022-09-15"],
        ["二", "服务经济发展", "规划处", "李局长", "2-1", "路灯亮灯率≥98%", "路灯所", "", "比率", "98.5", "95", "%", "2022-09-14"],
    ];

    /// <summary>The rows <see cref="ChineseCells"/> must read as, numbered from row 2.</summary>
    public static TaskTableRow[] ExpectedRows() =>
    [
        new()
        {
            RowNumber = 2, LineCode = "一", LineTitle = "防汛及安全生产", LeadUnit = "市政处", Leader = "王局长",
            TaskCode = "1-1", TaskTitle = "完成防汛物资采购", OwnerUnit = "市政处", CoUnits = ["财务科", "办公室"],
            TargetKind = TargetKind.Milestone, TargetValue = 100, Baseline = 0, UnitOfMeasure = "",
            DueDate = new DateOnly(2022, 6, 30),
        },
        new()
        {
            RowNumber = 3, LineCode = "一", LineTitle = "防汛及安全生产", LeadUnit = "市政处", Leader = "王局长",
            TaskCode = "1-2", TaskTitle = "清理占道经营400起", OwnerUnit = "执法支队", CoUnits = [],
            TargetKind = TargetKind.Quantity, TargetValue = 400, Baseline = 120, UnitOfMeasure = "起",
            DueDate = new DateOnly(2022, 9, 15),
        },
        new()
        {
            RowNumber = 4, LineCode = "二", LineTitle = "服务经济发展", LeadUnit = "规划处", Leader = "李局长",
            TaskCode = "2-1", TaskTitle = "路灯亮灯率≥98%", OwnerUnit = "路灯所", CoUnits = [],
            TargetKind = TargetKind.Rate, TargetValue = 98.5m, Baseline = 95, UnitOfMeasure = "%",
            DueDate = new DateOnly(2022, 9, 14),
        },
    ];

    /// <summary>Tasks whose text is awkward for files: separators, quotes, line breaks and formula-like starts.</summary>
    public static TaskTableRow[] AwkwardRows() =>
    [
        ExpectedRows()[0] with { TaskTitle = "=HYPERLINK(\"http://x\")", CoUnits = ["财务科", "办公室", "区城管局"] },
        ExpectedRows()[1] with { TaskTitle = "清理“占道”经营, 第一批\n第二批", TaskCode = "-1", OwnerUnit = "+执法支队" },
        ExpectedRows()[2] with { TaskTitle = "@all 路灯", Leader = "李局长", TargetKind = TargetKind.Ranking, TargetValue = 3, Baseline = 8, UnitOfMeasure = "名" },
    ];

    /// <summary><paramref name="count"/> valid tasks over eight lines of effort, for volume tests.</summary>
    public static IEnumerable<TaskTableRow> Many(int count) =>
        Enumerable.Range(0, count).Select(i => new TaskTableRow
        {
            RowNumber = i + 2,
            LineCode = $"L{i % 8}",
            LineTitle = $"专项行动{i % 8}",
            LeadUnit = $"牵头单位{i % 8}",
            Leader = $"领导{i % 8}",
            TaskCode = $"T{i:D5}",
            TaskTitle = $"第{i}项任务：清理背街小巷卫生死角",
            OwnerUnit = $"责任单位{i % 37}",
            CoUnits = i % 3 == 0 ? ["协办甲", "协办乙"] : [],
            TargetKind = (TargetKind)(i % 4),
            TargetValue = (i % 4) switch { 0 => 400 + i, 1 => 98.5m, 2 => 100, _ => 3 },
            Baseline = i % 4 == 3 ? 8 : 0,
            UnitOfMeasure = (i % 4) switch { 0 => "起", 1 => "%", 2 => "", _ => "名" },
            DueDate = new DateOnly(2022, 6, 6).AddDays(i % 100),
        });
}
