using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CommandCenter.Planning.Internal;

/// <summary>Reads the rows of a comma-separated file with CsvHelper.</summary>
internal static class CsvSheetLoader
{
    /// <summary>Decodes and parses <paramref name="bytes"/>; a malformed row is reported and still read.</summary>
    public static RawSheet Load(byte[] bytes, ErrorList errors)
    {
        var sheet = new RawSheet();
        var malformedRows = new HashSet<int>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            DetectColumnCountChanges = false,
            BadDataFound = args => malformedRows.Add(args.Context.Parser?.Row ?? 0),
        };

        using var parser = new CsvParser(new StringReader(TextDecoder.Decode(bytes)), config);
        while (parser.Read())
        {
            var record = parser.Record ?? [];
            var cells = record.Take(RawSheet.MaxColumns).Select(field => new RawCell(CellText.Clean(field))).ToArray();
            // Parser.Row counts skipped blank lines too, and a quoted multi-line cell once: the spreadsheet row number.
            if (!sheet.Add(parser.Row, cells))
            {
                break;
            }
        }

        foreach (var row in malformedRows.Order())
        {
            errors.Add(row, "", Messages.MalformedCsv);
        }
        return sheet;
    }
}
