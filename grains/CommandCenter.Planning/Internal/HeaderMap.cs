namespace CommandCenter.Planning.Internal;

/// <summary>
/// Where each known column is in a sheet. The header row is the first row that names at least
/// <see cref="MinimumMatches"/> known columns among the first <see cref="SearchRows"/> rows, so a title row above the
/// header (e.g. "大干实干一百天任务分解表") is allowed; without such a row the first row is taken as the header.
/// </summary>
internal sealed class HeaderMap
{
    /// <summary>How many leading rows are searched for the header.</summary>
    public const int SearchRows = 10;

    /// <summary>How many known column names make a row the header.</summary>
    public const int MinimumMatches = 3;

    private readonly int[] _indexes;
    private readonly string[] _written;

    private HeaderMap(RawRow headerRow, int[] indexes, string[] written)
    {
        HeaderRow = headerRow;
        _indexes = indexes;
        _written = written;
    }

    /// <summary>The header row.</summary>
    public RawRow HeaderRow { get; }

    /// <summary>Finds the header in <paramref name="sheet"/> (which must have rows) and reports header errors.</summary>
    public static HeaderMap Find(RawSheet sheet, ErrorList errors)
    {
        var header = sheet.Rows.Take(SearchRows).FirstOrDefault(r => CountMatches(r) >= MinimumMatches) ?? sheet.Rows[0];
        var indexes = Enumerable.Repeat(-1, TaskTableColumns.All.Count).ToArray();
        var written = TaskTableColumns.All.Select(s => s.English).ToArray();

        for (var i = 0; i < header.Cells.Length; i++)
        {
            var text = header.Cells[i].Text;
            if (TaskTableColumns.Match(text) is not { } spec)
            {
                continue;
            }
            var slot = (int)spec.Column;
            if (indexes[slot] >= 0)
            {
                errors.Add(header.Number, text, Messages.DuplicateColumn(spec));
                continue;
            }
            indexes[slot] = i;
            written[slot] = text;
        }

        foreach (var spec in TaskTableColumns.All.Where(s => s.Required && indexes[(int)s.Column] < 0))
        {
            errors.Add(header.Number, spec.English, Messages.MissingColumn(spec));
        }
        return new HeaderMap(header, indexes, written);
    }

    /// <summary>The header of <paramref name="column"/> as written in the file (its English name when missing).</summary>
    public string Written(TaskTableColumn column) => _written[(int)column];

    /// <summary>True when the file has a header for <paramref name="column"/>.</summary>
    public bool Has(TaskTableColumn column) => _indexes[(int)column] >= 0;

    /// <summary>The cell of <paramref name="column"/> in <paramref name="row"/>; empty when the column is missing.</summary>
    public RawCell Cell(RawRow row, TaskTableColumn column) => row[_indexes[(int)column]];

    /// <summary>True when every known column of <paramref name="row"/> is empty (e.g. only a 序号 is filled).</summary>
    public bool IsBlank(RawRow row) => Array.TrueForAll(_indexes, i => row[i].IsEmpty);

    private static int CountMatches(RawRow row) =>
        row.Cells.Select(c => TaskTableColumns.Match(c.Text)?.Column).OfType<TaskTableColumn>().Distinct().Count();
}
