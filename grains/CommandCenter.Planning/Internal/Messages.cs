using System.Globalization;

namespace CommandCenter.Planning.Internal;

/// <summary>The reasons the reader gives, each in Chinese followed by English.</summary>
internal static class Messages
{
    private static string MaxRows => TaskTableReader.MaxDataRows.ToString("N0", CultureInfo.InvariantCulture);

    public static string FileEmpty => "文件为空 / the file is empty";

    public static string FileTooLarge =>
        $"文件超过{TaskTableReader.MaxFileBytes / 1024 / 1024} MB，请拆分后再导入 / the file is larger than {TaskTableReader.MaxFileBytes / 1024 / 1024} MB; split it and import the parts";

    public static string TooManyRows =>
        $"数据行超过{MaxRows}行 / the table has more than {MaxRows} data rows";

    public static string NotAWorkbook => "文件不是有效的Excel工作簿（.xlsx），可能已损坏 / the file is not a valid Excel workbook (.xlsx); it may be damaged";

    public static string WorkbookTooLarge => "工作簿解压后过大 / the workbook is too large when unpacked";

    public static string LegacyWorkbook =>
        "不支持旧版.xls或加密的工作簿，请另存为不加密的.xlsx / .xls and password-protected workbooks are not supported; save as .xlsx without a password";

    public static string NoSheet => "工作簿中没有工作表 / the workbook has no worksheet";

    public static string MalformedCsv => "CSV格式错误（引号不匹配） / malformed CSV (unbalanced quotes)";

    public static string NoDataRows => "表格没有数据行 / the table has no data rows";

    public static string TooManyErrors(int shown) => $"错误过多，仅列出前{shown}条 / too many errors; only the first {shown} are listed";

    public static string MissingColumn(ColumnSpec spec) => $"缺少必填列“{spec.Chinese}” / the required column {spec.English} is missing";

    public static string DuplicateColumn(ColumnSpec spec) => $"列“{spec.Chinese}”重复出现 / the column {spec.English} appears more than once";

    public static string EmptyCell(ColumnSpec spec) => $"“{spec.Chinese}”不能为空 / {spec.English} must not be empty";

    public static string UnknownTargetKind(string text) =>
        $"无法识别的目标类型“{text}”，应为数量、比率、节点或排名 / unknown target kind \"{text}\"; use quantity, rate, milestone or ranking";

    public static string NotANumber(ColumnSpec spec) => $"{spec.Chinese}必须是数字 / {spec.English} must be a number";

    public static string Negative(ColumnSpec spec) => $"{spec.Chinese}不能为负数 / {spec.English} must not be negative";

    public static string BadDate(string text) =>
        $"完成时限“{text}”不是有效日期，请写成yyyy-MM-dd / due_date \"{text}\" is not a valid date; write it as yyyy-MM-dd";

    public static string DuplicateTask(string code, int firstRow) =>
        $"任务编号“{code}”与第{firstRow}行重复 / task_code \"{code}\" is already used on row {firstRow}";

    public static string LineMismatch(ColumnSpec spec, string lineCode, string expected, int firstRow) =>
        $"专项行动“{lineCode}”的{spec.Chinese}与第{firstRow}行的“{expected}”不一致 / {spec.English} of line_code \"{lineCode}\" differs from \"{expected}\" on row {firstRow}";
}
