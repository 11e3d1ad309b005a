using CommandCenter.Planning.Internal;

namespace CommandCenter.Planning.Grids;

/// <summary>
/// Reads a grid table (网格表) from .xlsx or CSV (UTF-8 or GB18030) with the task table's loaders: columns
/// grid_code/网格编号 and grid_name/网格名称 (required), district/所属街道, grid_head/网格长, members/网格员, geojson/边界,
/// in any order. Every problem is reported with its row; no rows are returned unless the whole table is valid.
/// </summary>
public static class GridTableReader
{
    /// <summary>The longest grid code.</summary>
    public const int MaxCodeLength = 50;

    /// <summary>The longest grid name.</summary>
    public const int MaxTextLength = 200;
    private static readonly char[] MemberSeparators = ['、', ',', '，', ';', '；'];

    /// <summary>Reads <paramref name="content"/>; never throws for bad content.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="fileName">The name the user gave the file, used only for its extension.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    public static async Task<GridTableReadResult> ReadAsync(Stream content, string fileName, CancellationToken cancellationToken = default)
    {
        var bytes = await TaskTableBytes.ReadAsync(content, cancellationToken).ConfigureAwait(false);
        var errors = new ErrorList();
        var sheet = Load(bytes, fileName ?? "", errors);
        var rows = sheet is null ? [] : Validate(sheet, errors);
        return new GridTableReadResult(rows, errors.Items.OrderBy(e => e.Row).ToArray());
    }

    private static RawSheet? Load(byte[]? bytes, string fileName, ErrorList errors)
    {
        if (bytes is null || bytes.Length == 0)
        {
            errors.Add(0, "", bytes is null ? Messages.FileTooLarge : Messages.FileEmpty);
            return null;
        }

        return TaskTableBytes.Detect(bytes, fileName) switch
        {
            TaskTableFormat.Legacy => Fail(errors, Messages.LegacyWorkbook),
            TaskTableFormat.Xlsx => XlsxSheetLoader.Load(bytes, errors),
            _ => CsvSheetLoader.Load(bytes, errors),
        };
    }

    private static RawSheet? Fail(ErrorList errors, string reason)
    {
        errors.Add(0, "", reason);
        return null;
    }

    private static List<GridTableRow> Validate(RawSheet sheet, ErrorList errors)
    {
        var rows = new List<GridTableRow>();
        var header = sheet.Rows.Take(HeaderMap.SearchRows).FirstOrDefault(r => r.Cells.Count(c => GridHeaders.Match(c.Text) is not null) >= 2);
        if (header is null)
        {
            errors.Add(sheet.Rows.FirstOrDefault()?.Number ?? 0, "grid_code", "缺少必填列“网格编号”和“网格名称” / the required columns grid_code and grid_name are missing");
            return rows;
        }

        var at = new Dictionary<GridColumn, int>();
        for (var i = 0; i < header.Cells.Length; i++)
        {
            if (GridHeaders.Match(header.Cells[i].Text) is { } column && !at.TryAdd(column, i))
            {
                errors.Add(header.Number, header.Cells[i].Text, $"列“{GridHeaders.Chinese(column)}”重复出现 / the column {GridHeaders.English(column)} appears more than once");
            }
        }

        foreach (var required in new[] { GridColumn.Code, GridColumn.Name }.Where(c => !at.ContainsKey(c)))
        {
            errors.Add(header.Number, GridHeaders.English(required), $"缺少必填列“{GridHeaders.Chinese(required)}” / the required column {GridHeaders.English(required)} is missing");
        }

        if (!errors.IsEmpty)
        {
            return rows;
        }

        string Cell(RawRow row, GridColumn column) => at.TryGetValue(column, out var i) ? row[i].Text : "";
        var data = sheet.Rows.Where(r => r.Number > header.Number).ToList();
        if (data.Count == 0)
        {
            errors.Add(0, "", Messages.NoDataRows);
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var raw in data.TakeWhile(_ => !errors.Full))
        {
            var row = GridRowChecks.Check(raw.Number, Cell(raw, GridColumn.Code), Cell(raw, GridColumn.Name), Cell(raw, GridColumn.GeoJson), errors);
            if (row.Code.Length > 0 && !seen.TryAdd(row.Code, raw.Number))
            {
                errors.Add(raw.Number, "grid_code", $"网格编号 {row.Code} 与第{seen[row.Code]}行重复 / grid_code {row.Code} repeats row {seen[row.Code]}");
            }

            var members = Cell(raw, GridColumn.Members).Split(MemberSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            rows.Add(new GridTableRow(raw.Number, row.Code, row.Name, Cell(raw, GridColumn.District), Cell(raw, GridColumn.GridHead), members,
                row.GeoJson.Length > 0 ? row.GeoJson : null));
        }

        return rows;
    }
}
