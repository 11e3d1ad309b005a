namespace CommandCenter.Planning;

/// <summary>One problem found in an imported task decomposition table (任务分解表).</summary>
/// <param name="Row">
/// The spreadsheet row number (the header is normally row 1, the first task row 2); 0 for a problem with the file as
/// a whole (too large, not a workbook, no data rows), the header row's number for a problem with the headers.
/// </param>
/// <param name="Column">
/// The column's header as written in the file; the canonical English name (e.g. <c>target_value</c>) when the column
/// is missing; empty for a problem with the file as a whole.
/// </param>
/// <param name="Reason">A sentence in Chinese followed by its English translation, separated by " / ".</param>
public sealed record TaskTableError(int Row, string Column, string Reason)
{
    /// <summary>The error as one line, e.g. "第3行 [目标值] 目标值必须是数字 / target_value must be a number".</summary>
    public override string ToString() =>
        Row > 0 ? $"第{Row}行 row {Row} [{Column}] {Reason}" : $"[{Column}] {Reason}";
}
