using CommandCenter.Planning.Internal;

namespace CommandCenter.Planning;

/// <summary>
/// Reads a task decomposition table (任务分解表) from an .xlsx workbook or a CSV file (UTF-8 with or without BOM,
/// or GB18030). Columns may come in any order with Chinese or English headers; every problem is reported with its
/// row and column, and no rows are returned unless the whole table is valid.
/// </summary>
public static class TaskTableReader
{
    /// <summary>The largest file accepted: 10 MB.</summary>
    public const int MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>The most data rows accepted.</summary>
    public const int MaxDataRows = 20_000;

    /// <summary>The most errors listed; past it one more error says the list was cut short.</summary>
    public const int MaxErrors = 1_000;

    /// <summary>
    /// Reads <paramref name="content"/> (from its current position; it is not closed). The format is xlsx when the
    /// bytes start with the ZIP signature or <paramref name="fileName"/> ends in .xlsx, CSV otherwise. Never throws
    /// for bad content: a damaged, empty or oversized file gives an error.
    /// </summary>
    /// <param name="content">The file's bytes. Needs synchronous reads; for a browser upload use <see cref="ReadAsync"/>.</param>
    /// <param name="fileName">The name the user gave the file, used only for its extension.</param>
    public static TaskTableReadResult Read(Stream content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Parse(TaskTableBytes.Read(content), fileName ?? "");
    }

    /// <summary>As <see cref="Read"/>, reading <paramref name="content"/> asynchronously (e.g. a Blazor upload).</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The name the user gave the file, used only for its extension.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    public static async Task<TaskTableReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = await TaskTableBytes.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        return Parse(bytes, fileName ?? "");
    }

    private static TaskTableReadResult Parse(byte[]? bytes, string fileName)
    {
        var errors = new ErrorList();
        var sheet = Load(bytes, fileName, errors);
        IReadOnlyList<TaskTableRow> rows = sheet is null ? [] : Validate(sheet, errors);
        var ordered = errors.Items.OrderBy(e => e.Row).ToArray();
        return new TaskTableReadResult(rows, ordered);
    }

    private static RawSheet? Load(byte[]? bytes, string fileName, ErrorList errors)
    {
        if (bytes is null)
        {
            errors.Add(0, "", Messages.FileTooLarge);
            return null;
        }
        if (bytes.Length == 0)
        {
            errors.Add(0, "", Messages.FileEmpty);
            return null;
        }
        switch (TaskTableBytes.Detect(bytes, fileName))
        {
            case TaskTableFormat.Legacy:
                errors.Add(0, "", Messages.LegacyWorkbook);
                return null;
            case TaskTableFormat.Xlsx:
                return XlsxSheetLoader.Load(bytes, errors);
            default:
                return CsvSheetLoader.Load(bytes, errors);
        }
    }

    private static List<TaskTableRow> Validate(RawSheet sheet, ErrorList errors)
    {
        var rows = new List<TaskTableRow>();
        if (sheet.Rows.Count == 0)
        {
            errors.Add(0, "", Messages.FileEmpty);
            return rows;
        }

        var header = HeaderMap.Find(sheet, errors);
        var dataRows = sheet.Rows.Where(r => r.Number > header.HeaderRow.Number && !header.IsBlank(r)).ToList();
        if (sheet.Truncated || dataRows.Count > MaxDataRows)
        {
            errors.Add(0, "", Messages.TooManyRows);
            return rows;
        }
        if (dataRows.Count == 0)
        {
            errors.Add(0, "", Messages.NoDataRows);
            return rows;
        }

        var parser = new RowParser(header, errors);
        var checks = new TableChecks(header, errors);
        foreach (var raw in dataRows.TakeWhile(_ => !errors.Full))
        {
            if (parser.Parse(raw) is { } row)
            {
                rows.Add(row);
            }
            checks.Check(raw);
        }
        return rows;
    }
}
