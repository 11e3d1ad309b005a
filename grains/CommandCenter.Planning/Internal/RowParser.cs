using CommandCenter.Domain;
using CommandCenter.Tasks;

namespace CommandCenter.Planning.Internal;

/// <summary>Turns one data row into a <see cref="TaskTableRow"/>, reporting every problem in its cells.</summary>
internal sealed class RowParser(HeaderMap header, ErrorList errors)
{
    /// <summary>The parsed row, or null when any of its cells has an error (all of them are reported).</summary>
    public TaskTableRow? Parse(RawRow row)
    {
        var ok = true;
        var lineCode = Required(row, TaskTableColumn.LineCode, ref ok);
        var lineTitle = Required(row, TaskTableColumn.LineTitle, ref ok);
        var leadUnit = Required(row, TaskTableColumn.LeadUnit, ref ok);
        var leader = Required(row, TaskTableColumn.Leader, ref ok);
        var taskCode = Required(row, TaskTableColumn.TaskCode, ref ok);
        var taskTitle = Required(row, TaskTableColumn.TaskTitle, ref ok);
        var ownerUnit = Required(row, TaskTableColumn.OwnerUnit, ref ok);
        var kind = Kind(row, ref ok);
        var targetValue = Number(row, TaskTableColumn.TargetValue, required: true, ref ok);
        var baseline = Number(row, TaskTableColumn.Baseline, required: false, ref ok) ?? 0;
        if (kind is { } known && targetValue is { } value && TargetRules.Problem(known, value, baseline) is { } problem)
        {
            // The plan editor's rule and wording, on the column of the field the editor names.
            Fail(row, problem.Field == TargetRules.BaselineField ? TaskTableColumn.Baseline : TaskTableColumn.TargetValue, problem.Reason, ref ok);
        }

        var unit = kind == TargetKind.Milestone
            ? header.Cell(row, TaskTableColumn.UnitOfMeasure).Text
            : Required(row, TaskTableColumn.UnitOfMeasure, ref ok);
        var dueDate = Due(row, ref ok);

        return ok
            ? new TaskTableRow
            {
                RowNumber = row.Number,
                LineCode = lineCode,
                LineTitle = lineTitle,
                LeadUnit = leadUnit,
                Leader = leader,
                TaskCode = taskCode,
                TaskTitle = taskTitle,
                OwnerUnit = ownerUnit,
                CoUnits = ValueParser.Units(header.Cell(row, TaskTableColumn.CoUnits).Text),
                TargetKind = kind!.Value,
                TargetValue = targetValue ?? 0,
                Baseline = baseline,
                UnitOfMeasure = unit,
                DueDate = dueDate,
            }
            : null;
    }

    private string Required(RawRow row, TaskTableColumn column, ref bool ok)
    {
        var text = header.Cell(row, column).Text;
        if (text.Length == 0)
        {
            Fail(row, column, Messages.EmptyCell(TaskTableColumns.Spec(column)), ref ok);
        }
        return text;
    }

    private TargetKind? Kind(RawRow row, ref bool ok)
    {
        var text = Required(row, TaskTableColumn.TargetKind, ref ok);
        if (text.Length == 0)
        {
            return null;
        }
        if (TargetKindWords.TryParse(text, out var kind))
        {
            return kind;
        }
        Fail(row, TaskTableColumn.TargetKind, Messages.UnknownTargetKind(text), ref ok);
        return null;
    }

    /// <summary>The cell's non-negative number; null when it is empty or at fault (a fault is reported).</summary>
    private decimal? Number(RawRow row, TaskTableColumn column, bool required, ref bool ok) =>
        TryNonNegative(row, column, required, out var value, ref ok) ? value : null;

    private bool TryNonNegative(RawRow row, TaskTableColumn column, bool required, out decimal value, ref bool ok)
    {
        value = 0;
        var spec = TaskTableColumns.Spec(column);
        var cell = header.Cell(row, column);
        if (cell.IsEmpty)
        {
            if (required)
            {
                Fail(row, column, Messages.EmptyCell(spec), ref ok);
            }
            return false;
        }
        if (!ValueParser.TryNumber(cell, out value))
        {
            Fail(row, column, Messages.NotANumber(spec), ref ok);
            return false;
        }
        if (value < 0)
        {
            Fail(row, column, Messages.Negative(spec), ref ok);
            return false;
        }
        return true;
    }

    private DateOnly Due(RawRow row, ref bool ok)
    {
        var cell = header.Cell(row, TaskTableColumn.DueDate);
        if (cell.IsEmpty)
        {
            Fail(row, TaskTableColumn.DueDate, Messages.EmptyCell(TaskTableColumns.Spec(TaskTableColumn.DueDate)), ref ok);
            return default;
        }
        if (ValueParser.TryDate(cell, out var date))
        {
            return date;
        }
        Fail(row, TaskTableColumn.DueDate, Messages.BadDate(cell.Text), ref ok);
        return default;
    }

    private void Fail(RawRow row, TaskTableColumn column, string reason, ref bool ok)
    {
        ok = false;
        if (header.Has(column))
        {
            // A missing column is reported once, on the header row, not again on every row.
            errors.Add(row.Number, header.Written(column), reason);
        }
    }
}
