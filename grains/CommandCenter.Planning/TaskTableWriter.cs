using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CommandCenter.Planning.Internal;
using CsvHelper;
using CsvHelper.Configuration;

namespace CommandCenter.Planning;

/// <summary>
/// Writes a task decomposition table (任务分解表) that <see cref="TaskTableReader"/> reads back unchanged. Text never
/// becomes a formula: xlsx text cells are plain strings, and CSV text that starts with =, +, -, @, tab or CR is
/// prefixed with an apostrophe (which the reader removes).
/// </summary>
public static class TaskTableWriter
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Writes an .xlsx workbook with a bold, frozen header row to <paramref name="destination"/> (left open).</summary>
    /// <param name="rows">The tasks, written in this order (their <see cref="TaskTableRow.RowNumber"/> is ignored).</param>
    /// <param name="destination">Where the workbook goes; it need not be seekable.</param>
    /// <param name="language">The language of the headers and target-kind words.</param>
    public static void WriteXlsx(IEnumerable<TaskTableRow> rows, Stream destination, TaskTableLanguage language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);

        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(language == TaskTableLanguage.Chinese ? "任务分解表" : "Tasks");
        var columns = TaskTableColumns.All;
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(columns[c].Header(language));
            sheet.Column(c + 1).Width = columns[c].Width;
        }

        var rowNumber = 1;
        foreach (var row in rows)
        {
            rowNumber++;
            for (var c = 0; c < columns.Count; c++)
            {
                SetCell(sheet.Cell(rowNumber, c + 1), row, columns[c].Column, language);
            }
        }

        var header = sheet.Range(1, 1, 1, columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDEBF7");
        header.Style.Alignment.WrapText = true;
        sheet.Column((int)TaskTableColumn.TaskTitle + 1).Style.Alignment.WrapText = true;
        sheet.SheetView.FreezeRows(1);
        sheet.Range(1, 1, rowNumber, columns.Count).SetAutoFilter();

        // ClosedXML 0.95 needs a seekable stream; buffer so any destination works.
        using var buffer = new MemoryStream();
        workbook.SaveAs(buffer);
        buffer.Position = 0;
        buffer.CopyTo(destination);
        destination.Flush();
    }

    /// <summary>Writes a CSV file in UTF-8 with a BOM (so Excel shows the Chinese) to <paramref name="destination"/> (left open).</summary>
    /// <param name="rows">The tasks, written in this order (their <see cref="TaskTableRow.RowNumber"/> is ignored).</param>
    /// <param name="destination">Where the file goes.</param>
    /// <param name="language">The language of the headers and target-kind words.</param>
    public static void WriteCsv(IEnumerable<TaskTableRow> rows, Stream destination, TaskTableLanguage language)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(destination);

        destination.Write(Encoding.UTF8.Preamble);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.Escape,
            InjectionCharacters = CellText.FormulaStarts,
            InjectionEscapeCharacter = CellText.FormulaGuard,
        };
        using var text = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        using var csv = new CsvWriter(text, config, leaveOpen: true);

        foreach (var spec in TaskTableColumns.All)
        {
            csv.WriteField(spec.Header(language));
        }
        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var spec in TaskTableColumns.All)
            {
                csv.WriteField(Text(row, spec.Column, language));
            }
            csv.NextRecord();
        }
        csv.Flush();
        text.Flush();
    }

    private static void SetCell(IXLCell cell, TaskTableRow row, TaskTableColumn column, TaskTableLanguage language)
    {
        switch (column)
        {
            case TaskTableColumn.TargetValue:
                cell.SetValue(row.TargetValue);
                break;
            case TaskTableColumn.Baseline:
                cell.SetValue(row.Baseline);
                break;
            case TaskTableColumn.DueDate:
                cell.SetValue(row.DueDate.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = "yyyy-mm-dd";
                break;
            default:
                // SetValue<string> stores a string: "=…" stays text and is never a formula.
                cell.SetValue(Text(row, column, language));
                cell.DataType = XLDataType.Text;
                break;
        }
    }

    private static string Text(TaskTableRow row, TaskTableColumn column, TaskTableLanguage language) => column switch
    {
        TaskTableColumn.LineCode => row.LineCode,
        TaskTableColumn.LineTitle => row.LineTitle,
        TaskTableColumn.LeadUnit => row.LeadUnit,
        TaskTableColumn.Leader => row.Leader,
        TaskTableColumn.TaskCode => row.TaskCode,
        TaskTableColumn.TaskTitle => row.TaskTitle,
        TaskTableColumn.OwnerUnit => row.OwnerUnit,
        TaskTableColumn.CoUnits => string.Join(language == TaskTableLanguage.Chinese ? "、" : "; ", row.CoUnits),
        TaskTableColumn.TargetKind => TargetKindWords.Word(row.TargetKind, language),
        TaskTableColumn.TargetValue => row.TargetValue.ToString(CultureInfo.InvariantCulture),
        TaskTableColumn.Baseline => row.Baseline.ToString(CultureInfo.InvariantCulture),
        TaskTableColumn.UnitOfMeasure => row.UnitOfMeasure,
        TaskTableColumn.DueDate => row.DueDate.ToString(DateFormat, CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(column), column, "Unknown column."),
    };
}
