namespace CommandCenter.Planning.Internal;

/// <summary>
/// Checks across rows: task codes are unique, and every row of a line of effort repeats the title, lead unit and
/// leader of the line's first row. Rows are checked even when their other cells have errors, so that one round of
/// corrections fixes everything; empty cells are left to <see cref="RowParser"/>.
/// </summary>
internal sealed class TableChecks(HeaderMap header, ErrorList errors)
{
    private static readonly TaskTableColumn[] LineColumns =
        [TaskTableColumn.LineTitle, TaskTableColumn.LeadUnit, TaskTableColumn.Leader];

    private readonly Dictionary<string, int> _taskRows = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, RawRow> _lines = new(StringComparer.Ordinal);

    /// <summary>Checks <paramref name="row"/> against the rows before it.</summary>
    public void Check(RawRow row)
    {
        var taskCode = header.Cell(row, TaskTableColumn.TaskCode).Text;
        if (taskCode.Length > 0 && !_taskRows.TryAdd(taskCode, row.Number))
        {
            var reason = Messages.DuplicateTask(taskCode, _taskRows[taskCode]);
            errors.Add(row.Number, header.Written(TaskTableColumn.TaskCode), reason);
        }

        var lineCode = header.Cell(row, TaskTableColumn.LineCode).Text;
        if (lineCode.Length == 0 || _lines.TryAdd(lineCode, row))
        {
            return;
        }
        var first = _lines[lineCode];
        foreach (var column in LineColumns)
        {
            var expected = header.Cell(first, column).Text;
            var actual = header.Cell(row, column).Text;
            if (expected.Length > 0 && actual.Length > 0 && actual != expected)
            {
                var reason = Messages.LineMismatch(TaskTableColumns.Spec(column), lineCode, expected, first.Number);
                errors.Add(row.Number, header.Written(column), reason);
            }
        }
    }
}
