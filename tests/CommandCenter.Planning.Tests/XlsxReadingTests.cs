using ClosedXML.Excel;

namespace CommandCenter.Planning.Tests;

public sealed class XlsxReadingTests
{
    /// <summary>The sample cells as an office would type them: numbers as numbers, dates as dates.</summary>
    private static object?[][] TypedCells() =>
        SampleTasks.ChineseCells().Select(row => row.Select((text, c) => c switch
        {
            9 or 10 => text.Length == 0 ? null : (object)decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            12 => DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture),
            _ => text.Length == 0 ? null : text,
        }).ToArray()).ToArray();

    [Fact]
    public void A_chinese_header_workbook_with_number_and_date_cells_imports_every_task()
    {
        var result = TestFiles.Read(TestFiles.Xlsx(SampleTasks.ChineseHeaders, TypedCells()), "任务分解表.xlsx");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Fact]
    public void A_workbook_is_recognised_by_its_signature_whatever_its_name()
    {
        var result = TestFiles.Read(TestFiles.Xlsx(SampleTasks.ChineseHeaders, TypedCells()), "upload.bin");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(3, result.Rows.Count);
    }

    [Theory]
    [InlineData("2022-06-30")]
    [InlineData("2022/6/30")]
    [InlineData("2022/06/30")]
    [InlineData("2022年6月30日")]
    public void A_due_date_written_as_text_is_accepted(string text)
    {
        var cells = TypedCells();
        cells[0][12] = text;

        var result = TestFiles.Read(TestFiles.Xlsx(SampleTasks.ChineseHeaders, cells), "plan.xlsx");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(new DateOnly(2022, 6, 30), result.Rows[0].DueDate);
    }

    [Fact]
    public void Line_cells_merged_over_several_tasks_apply_to_each_of_them()
    {
        var cells = TypedCells();
        for (var c = 0; c < 4; c++)
        {
            cells[1][c] = null;
        }
        var bytes = TestFiles.Xlsx(SampleTasks.ChineseHeaders, cells, sheet =>
        {
            for (var c = 1; c <= 4; c++)
            {
                sheet.Range(2, c, 3, c).Merge();
            }
        });

        var result = TestFiles.Read(bytes, "plan.xlsx");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Fact]
    public void A_title_row_above_the_header_is_skipped_and_row_numbers_stay_those_of_the_sheet()
    {
        var bytes = TestFiles.Xlsx(SampleTasks.ChineseHeaders, TypedCells(), sheet =>
        {
            sheet.Row(1).InsertRowsAbove(1);
            sheet.Cell(1, 1).SetValue("大干实干一百天任务分解表");
        });

        var result = TestFiles.Read(bytes, "plan.xlsx");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([3, 4, 5], result.Rows.Select(r => r.RowNumber));
    }

    [Theory]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0x6E, 0x6F, 0x74, 0x20, 0x61, 0x20, 0x7A, 0x69, 0x70 })]
    public void Corrupt_workbook_bytes_give_an_error_instead_of_an_exception(byte[] bytes)
    {
        var result = TestFiles.Read(bytes, "plan.xlsx");

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Row);
        Assert.Contains("not a valid Excel workbook", error.Reason);
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void A_truncated_workbook_gives_an_error_instead_of_an_exception()
    {
        var whole = TestFiles.Xlsx(SampleTasks.ChineseHeaders, TypedCells());

        var result = TestFiles.Read(whole[..(whole.Length / 2)], "plan.xlsx");

        Assert.Contains("not a valid Excel workbook", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_gives_an_error_instead_of_an_exception()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            entry.Write("hello");
        }

        var result = TestFiles.Read(stream.ToArray(), "plan.xlsx");

        Assert.Contains("not a valid Excel workbook", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public void An_old_binary_xls_workbook_is_refused_with_advice_to_save_as_xlsx()
    {
        byte[] oleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];

        var result = TestFiles.Read(oleHeader, "plan.xls");

        Assert.Contains("save as .xlsx", Assert.Single(result.Errors).Reason);
    }

    [Fact]
    public void A_formula_cell_in_an_imported_workbook_is_not_evaluated()
    {
        var cells = TypedCells();
        var bytes = TestFiles.Xlsx(SampleTasks.ChineseHeaders, cells, sheet =>
        {
            sheet.Cell(3, 10).FormulaA1 = "200*2";
        });

        var result = TestFiles.Read(bytes, "plan.xlsx");

        // ClosedXML saves no cached value for a formula it wrote, so the cell reads as empty: an error, not a crash.
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "目标值"), (error.Row, error.Column));
    }
}
