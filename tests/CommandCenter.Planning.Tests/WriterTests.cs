using System.Text;
using ClosedXML.Excel;

namespace CommandCenter.Planning.Tests;

public sealed class WriterTests
{
    private const string Formula = "=HYPERLINK(\"http://x\")";

    private static byte[] Write(IEnumerable<TaskTableRow> rows, string format, TaskTableLanguage language)
    {
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            TaskTableWriter.WriteXlsx(rows, stream, language);
        }
        else
        {
            TaskTableWriter.WriteCsv(rows, stream, language);
        }
        return stream.ToArray();
    }

    [Theory]
    [InlineData("xlsx", TaskTableLanguage.Chinese)]
    [InlineData("xlsx", TaskTableLanguage.English)]
    [InlineData("csv", TaskTableLanguage.Chinese)]
    [InlineData("csv", TaskTableLanguage.English)]
    public void What_is_written_reads_back_as_the_same_rows(string format, TaskTableLanguage language)
    {
        TaskTableRow[] rows = [.. SampleTasks.ExpectedRows(), .. SampleTasks.AwkwardRows().Select((r, i) => r with { RowNumber = i + 5, TaskCode = r.TaskCode + "b" })];

        var result = TestFiles.Read(Write(rows, format, language), "tasks." + format);

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(rows, result.Rows);
    }

    [Theory]
    [InlineData(TaskTableLanguage.Chinese, "专项行动编号", "节点")]
    [InlineData(TaskTableLanguage.English, "line_code", "milestone")]
    public void The_language_chooses_the_headers_and_the_target_kind_words(TaskTableLanguage language, string firstHeader, string kindWord)
    {
        var text = Encoding.UTF8.GetString(Write(SampleTasks.ExpectedRows(), "csv", language));

        Assert.StartsWith("\uFEFF" + firstHeader + ",", text);
        Assert.Contains("," + kindWord + ",", text);
        Assert.Contains(",2022-06-30", text);
    }

    [Fact]
    public void A_csv_starts_with_a_utf8_byte_order_mark_so_excel_shows_chinese()
    {
        var bytes = Write(SampleTasks.ExpectedRows(), "csv", TaskTableLanguage.Chinese);

        Assert.True(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));
    }

    [Fact]
    public void Formula_text_is_an_xlsx_string_cell_without_a_formula_and_reads_back_unchanged()
    {
        var rows = new[] { SampleTasks.ExpectedRows()[0] with { TaskTitle = Formula, OwnerUnit = "+1", Leader = "-王", LeadUnit = "@市政处" } };
        var bytes = Write(rows, "xlsx", TaskTableLanguage.Chinese);

        using (var workbook = new XLWorkbook(new MemoryStream(bytes)))
        {
            var sheet = workbook.Worksheet(1);
            foreach (var cell in sheet.Row(2).CellsUsed())
            {
                Assert.False(cell.HasFormula, $"{cell.Address} has a formula");
            }
            var title = sheet.Cell(2, 6);
            Assert.Equal(XLDataType.Text, title.DataType);
            Assert.Equal(Formula, title.GetString());
        }
        Assert.Equal(rows, TestFiles.Read(bytes, "tasks.xlsx").Rows);
    }

    [Fact]
    public void Formula_text_in_csv_starts_with_an_apostrophe_and_reads_back_unchanged()
    {
        var rows = new[] { SampleTasks.ExpectedRows()[0] with { TaskTitle = Formula, OwnerUnit = "+1", Leader = "-王", LeadUnit = "@市政处" } };
        var bytes = Write(rows, "csv", TaskTableLanguage.English);

        var dataLine = Encoding.UTF8.GetString(bytes).Split("\r\n")[1];
        var fields = new CsvHelper.CsvParser(new StringReader(dataLine), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(fields.Read());
        Assert.Equal("'" + Formula, fields.Record![5]);
        Assert.Equal(["'@市政处", "'-王", "'+1"], [fields.Record[2], fields.Record[3], fields.Record[6]]);
        Assert.Equal(rows, TestFiles.Read(bytes, "tasks.csv").Rows);
    }

    [Fact]
    public void The_xlsx_header_row_is_bold_and_frozen_and_columns_are_wide_enough()
    {
        var bytes = Write(SampleTasks.ExpectedRows(), "xlsx", TaskTableLanguage.Chinese);

        using var workbook = new XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet(1);
        Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal(1, sheet.SheetView.SplitRow);
        Assert.True(sheet.Column(6).Width >= 40, "task_title column is wide");
        Assert.Equal(XLDataType.DateTime, sheet.Cell(2, 13).DataType);
        Assert.Equal(XLDataType.Number, sheet.Cell(2, 10).DataType);
    }

    [Fact]
    public void Writing_to_a_stream_leaves_it_open_for_the_caller()
    {
        using var stream = new MemoryStream();

        TaskTableWriter.WriteXlsx(SampleTasks.ExpectedRows(), stream, TaskTableLanguage.Chinese);
        TaskTableWriter.WriteCsv(SampleTasks.ExpectedRows(), stream, TaskTableLanguage.Chinese);

        Assert.True(stream.CanWrite);
    }
}
