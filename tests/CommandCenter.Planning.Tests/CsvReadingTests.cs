using System.Text;

namespace CommandCenter.Planning.Tests;

public sealed class CsvReadingTests
{
    /// <summary>The English headers in a shuffled order, in mixed case and with spaces and hints around them.</summary>
    private static readonly string[] ShuffledEnglish =
    [
        " Due_Date (yyyy-MM-dd)", "TASK_CODE", "target_value", "Line_Title", "owner_unit ", "baseline", "Target_Kind (quantity/rate/milestone/ranking)",
        "lead_unit", "unit_of_measure", "co_units", "leader", "task_title", "line_code",
    ];

    private static string[][] ShuffledCells() =>
        SampleTasks.ChineseCells().Select(row => ShuffledEnglish.Select(header =>
        {
            var index = TestFiles.Column(header.Trim() switch
            {
                var h when h.StartsWith("Due_Date", StringComparison.Ordinal) => "due_date",
                var h when h.StartsWith("Target_Kind", StringComparison.Ordinal) => "target_kind",
                var h => h.ToLowerInvariant(),
            });
            var value = row[index];
            return index == 8 ? EnglishKind(value) : value;
        }).ToArray()).ToArray();

    private static string EnglishKind(string chinese) => chinese switch
    {
        "数量" => "Quantity",
        "比率" => "RATE",
        "节点" => "milestone",
        _ => "ranking",
    };

    [Fact]
    public void An_english_header_csv_with_columns_in_any_order_imports()
    {
        var result = TestFiles.Read(TestFiles.Csv(ShuffledEnglish, ShuffledCells()), "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Fact]
    public void A_gb18030_csv_from_chinese_excel_imports_with_the_right_chinese_text()
    {
        var bytes = TestFiles.Csv(SampleTasks.ChineseHeaders, SampleTasks.ChineseCells(), TestFiles.Gb18030);
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, true).GetString(bytes));

        var result = TestFiles.Read(bytes, "任务分解表.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
        Assert.Equal("防汛及安全生产", result.Rows[0].LineTitle);
        Assert.Equal("路灯亮灯率≥98%", result.Rows[2].TaskTitle);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_utf8_csv_imports_with_or_without_a_byte_order_mark(bool bom)
    {
        var bytes = TestFiles.Csv(SampleTasks.ChineseHeaders, SampleTasks.ChineseCells(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: bom), bom);
        Assert.Equal(bom, bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]));

        var result = TestFiles.Read(bytes, "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Fact]
    public void Empty_rows_are_skipped_and_rows_keep_their_spreadsheet_numbers()
    {
        var cells = SampleTasks.ChineseCells();
        string[] empty = ["", "", "", "", "", "", "", "", "", "", "", "", ""];
        var csv = Encoding.UTF8.GetString(TestFiles.Csv(SampleTasks.ChineseHeaders, [cells[0], empty, cells[1], empty, cells[2]]));
        // Row 6 is a truly blank line, rows 3 and 5 are lines of empty fields: Excel numbers them all.
        var lines = csv.Split("\r\n").ToList();
        lines.Insert(5, "");
        var bytes = Encoding.UTF8.GetBytes(string.Join("\r\n", lines));

        var result = TestFiles.Read(bytes, "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([2, 4, 7], result.Rows.Select(r => r.RowNumber));
    }

    [Fact]
    public void An_unknown_extra_column_such_as_a_serial_number_is_ignored()
    {
        var headers = SampleTasks.ChineseHeaders.Prepend("序号").ToArray();
        var cells = SampleTasks.ChineseCells().Select((row, i) => row.Prepend($"{i + 1}").ToArray());

        var result = TestFiles.Read(TestFiles.Csv(headers, cells), "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Theory]
    [InlineData("数量", TargetKind.Quantity)]
    [InlineData("比率", TargetKind.Rate)]
    [InlineData("百分比", TargetKind.Rate)]
    [InlineData("节点", TargetKind.Milestone)]
    [InlineData("里程碑", TargetKind.Milestone)]
    [InlineData("排名", TargetKind.Ranking)]
    [InlineData("Quantity", TargetKind.Quantity)]
    [InlineData("RATE", TargetKind.Rate)]
    [InlineData("milestone", TargetKind.Milestone)]
    [InlineData("Ranking", TargetKind.Ranking)]
    public void Target_kind_accepts_the_chinese_and_english_words(string word, TargetKind kind)
    {
        // Without the row's baseline of 120, which a target of 5 would not be above.
        var result = TestFiles.Read(TestFiles.ChineseCsv(cells => (cells[1][8], cells[1][9], cells[1][10]) = (word, "5", "")), "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(kind, result.Rows[1].TargetKind);
    }

    [Fact]
    public void Co_units_may_be_separated_by_any_chinese_or_english_separator()
    {
        var result = TestFiles.Read(TestFiles.ChineseCsv(cells => cells[1][7] = "甲 、乙，丙,丁;戊；己"), "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["甲", "乙", "丙", "丁", "戊", "己"], result.Rows[1].CoUnits);
    }

    [Fact]
    public async Task An_upload_that_only_reads_asynchronously_is_read_with_ReadAsync()
    {
        var bytes = TestFiles.Csv(SampleTasks.ChineseHeaders, SampleTasks.ChineseCells(), TestFiles.Gb18030);
        using var upload = new NonSeekableStream(new MemoryStream(bytes), asyncOnly: true);

        var result = await TaskTableReader.ReadAsync(upload, "任务分解表.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(SampleTasks.ExpectedRows(), result.Rows);
    }

    [Theory]
    [InlineData("tasks.csv")]
    [InlineData("tasks.xlsx")]
    public void An_empty_file_gives_an_error_instead_of_an_exception(string fileName)
    {
        var result = TestFiles.Read([], fileName);

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Row);
        Assert.Contains("the file is empty", error.Reason);
    }

    [Fact]
    public void A_csv_with_unbalanced_quotes_gives_an_error_with_its_row()
    {
        var text = string.Join(',', SampleTasks.ChineseHeaders) + "\r\n" + string.Join(',', SampleTasks.ChineseCells()[0]) + "\r\n一,\"防汛\"及,x\r\n";

        var result = TestFiles.Read(Encoding.UTF8.GetBytes(text), "tasks.csv");

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Reason.Contains("malformed CSV", StringComparison.Ordinal));
    }
}
