using System.Globalization;
using System.IO.Compression;
using ClosedXML.Excel;

namespace CommandCenter.Planning.Internal;

/// <summary>Reads the rows of the first visible worksheet of an .xlsx workbook with ClosedXML.</summary>
internal static class XlsxSheetLoader
{
    /// <summary>The most bytes the workbook's parts may hold unpacked, so a small file cannot expand without bound.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>Loads the workbook in <paramref name="bytes"/>; null (with an error) when it is not a usable workbook.</summary>
    public static RawSheet? Load(byte[] bytes, ErrorList errors)
    {
        if (!UnpackedSizeIsSafe(bytes, errors))
        {
            return null;
        }

        XLWorkbook workbook;
        try
        {
            workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // ClosedXML and the Open XML SDK throw a variety of types for a damaged package: all mean "not a workbook".
            errors.Add(0, "", Messages.NotAWorkbook);
            return null;
        }

        using (workbook)
        {
            var worksheet = workbook.Worksheets.FirstOrDefault(w => w.Visibility == XLWorksheetVisibility.Visible)
                ?? workbook.Worksheets.FirstOrDefault();
            if (worksheet is null)
            {
                errors.Add(0, "", Messages.NoSheet);
                return null;
            }
            return Read(worksheet);
        }
    }

    private static RawSheet Read(IXLWorksheet worksheet)
    {
        var sheet = new RawSheet();
        var lastColumn = Math.Min(worksheet.LastColumnUsed()?.ColumnNumber() ?? 0, RawSheet.MaxColumns);
        var merged = MergedValues(worksheet);
        foreach (var row in worksheet.RowsUsed())
        {
            var number = row.RowNumber();
            var cells = new RawCell[lastColumn];
            for (var column = 1; column <= lastColumn; column++)
            {
                cells[column - 1] = merged.TryGetValue((number, column), out var value) ? value : ToRaw(row.Cell(column));
            }
            if (!sheet.Add(number, cells))
            {
                break;
            }
        }
        return sheet;
    }

    /// <summary>
    /// The value each cell of a merged range shows: its top-left cell's. Offices often merge the line-of-effort
    /// columns over all the tasks of a line.
    /// </summary>
    private static Dictionary<(int Row, int Column), RawCell> MergedValues(IXLWorksheet worksheet)
    {
        var values = new Dictionary<(int, int), RawCell>();
        foreach (var range in worksheet.MergedRanges)
        {
            var first = range.FirstCell();
            var value = ToRaw(first);
            var top = first.Address.RowNumber;
            var left = first.Address.ColumnNumber;
            var bottom = range.LastCell().Address.RowNumber;
            var right = range.LastCell().Address.ColumnNumber;
            // A range far larger than any task table (a whole merged column) only repeats its value; cap the work.
            for (var r = top; r <= Math.Min(bottom, top + RawSheet.MaxRows); r++)
            {
                for (var c = left; c <= Math.Min(right, left + 100); c++)
                {
                    values[(r, c)] = value;
                }
            }
        }
        return values;
    }

    private static RawCell ToRaw(IXLCell cell)
    {
        if (cell.HasFormula)
        {
            // Never evaluate an imported formula; use the value Excel saved with it.
            return new RawCell(CellText.Clean(Convert.ToString(cell.CachedValue, CultureInfo.InvariantCulture)));
        }
        return cell.DataType switch
        {
            XLDataType.DateTime => Date(cell.GetDateTime()),
            XLDataType.Number => Number(cell.GetDouble()),
            _ => new RawCell(CellText.Clean(cell.GetString())),
        };
    }

    private static RawCell Date(DateTime value) =>
        new(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date: value);

    private static RawCell Number(double value) =>
        new(value.ToString(CultureInfo.InvariantCulture), Number: value);

    private static bool UnpackedSizeIsSafe(byte[] bytes, ErrorList errors)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Sum(e => e.Length) <= MaxUnpackedBytes)
            {
                return true;
            }
            errors.Add(0, "", Messages.WorkbookTooLarge);
            return false;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // InvalidDataException mostly; unsupported compression or a damaged directory may throw other types.
            errors.Add(0, "", Messages.NotAWorkbook);
            return false;
        }
    }
}
