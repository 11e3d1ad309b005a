using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;

namespace CommandCenter.Planning.Tests;

/// <summary>Builds task tables as files in memory, so that no binary fixture is checked in.</summary>
internal static class TestFiles
{
    /// <summary>GB18030, what Chinese Excel writes when it saves "CSV".</summary>
    public static Encoding Gb18030
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030");
        }
    }

    /// <summary>
    /// An .xlsx workbook with the header row and the rows given. A string becomes a text cell, a DateTime a date
    /// cell, a number a number cell, null an empty cell.
    /// </summary>
    public static byte[] Xlsx(IReadOnlyList<string> headers, IEnumerable<object?[]> rows, Action<IXLWorksheet>? customize = null)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("任务分解表");
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
        }
        var r = 1;
        foreach (var row in rows)
        {
            r++;
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case string text:
                        cell.SetValue(text);
                        cell.DataType = XLDataType.Text;
                        break;
                    case DateTime date:
                        cell.SetValue(date);
                        break;
                    case var number:
                        cell.SetValue(Convert.ToDouble(number, CultureInfo.InvariantCulture));
                        break;
                }
            }
        }
        customize?.Invoke(sheet);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>A CSV file (written with CsvHelper, no formula escaping) in <paramref name="encoding"/>.</summary>
    public static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<string[]> rows, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        using var text = new StringWriter();
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field);
                }
                csv.NextRecord();
            }
        }
        var body = encoding.GetBytes(text.ToString());
        return bom ? [.. encoding.GetPreamble(), .. body] : body;
    }

    /// <summary>The sample Chinese table as UTF-8 CSV, after <paramref name="change"/> edits its cells.</summary>
    public static byte[] ChineseCsv(Action<string[][]>? change = null)
    {
        var cells = SampleTasks.ChineseCells();
        change?.Invoke(cells);
        return Csv(SampleTasks.ChineseHeaders, cells);
    }

    /// <summary>Reads the sample CSV after <paramref name="change"/>, asserts it is refused and returns its only error.</summary>
    public static TaskTableError SingleError(Action<string[][]> change)
    {
        var result = Read(ChineseCsv(change), "tasks.csv");
        Assert.False(result.IsValid);
        Assert.Empty(result.Rows);
        return Assert.Single(result.Errors);
    }

    /// <summary>Reads <paramref name="bytes"/> as the file <paramref name="fileName"/>.</summary>
    public static TaskTableReadResult Read(byte[] bytes, string fileName)
    {
        using var stream = new MemoryStream(bytes);
        return TaskTableReader.Read(stream, fileName);
    }

    /// <summary>The column of <paramref name="header"/> in the sample tables.</summary>
    public static int Column(string header) => Array.IndexOf(SampleTasks.ChineseHeaders, header) switch
    {
        >= 0 and var i => i,
        _ => Array.IndexOf(SampleTasks.EnglishHeaders, header),
    };
}
