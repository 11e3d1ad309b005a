namespace CommandCenter.Planning.Tests;

/// <summary>Header checks and the limits on size, rows and errors.</summary>
public sealed class HeaderAndLimitTests
{
    [Fact]
    public void Each_missing_required_header_gives_its_own_error_on_the_header_row()
    {
        var keep = SampleTasks.ChineseHeaders.Select((h, i) => (h, i)).Where(x => x.h is not ("目标值" or "完成时限" or "基数")).ToArray();
        var bytes = TestFiles.Csv(keep.Select(x => x.h).ToArray(), SampleTasks.ChineseCells().Select(row => keep.Select(x => row[x.i]).ToArray()));

        var result = TestFiles.Read(bytes, "tasks.csv");

        Assert.False(result.IsValid);
        Assert.Equal([(1, "target_value"), (1, "due_date")], result.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("缺少必填列“目标值” / the required column target_value is missing", result.Errors.Select(e => e.Reason));
    }

    [Fact]
    public void A_duplicate_header_is_an_error_naming_the_header_as_written()
    {
        var headers = SampleTasks.ChineseHeaders.Append("Task_Code").ToArray();
        var cells = SampleTasks.ChineseCells().Select(row => row.Append("x").ToArray());

        var error = Assert.Single(TestFiles.Read(TestFiles.Csv(headers, cells), "tasks.csv").Errors);

        Assert.Equal((1, "Task_Code"), (error.Row, error.Column));
        Assert.Contains("appears more than once", error.Reason);
    }

    [Fact]
    public void A_table_with_only_a_header_has_no_data_rows()
    {
        var result = TestFiles.Read(TestFiles.Csv(SampleTasks.ChineseHeaders, []), "tasks.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal(0, error.Row);
        Assert.Equal("表格没有数据行 / the table has no data rows", error.Reason);
    }

    [Fact]
    public void A_file_over_10_MB_is_refused_without_reading_it_all()
    {
        var bytes = new byte[TaskTableReader.MaxFileBytes + 1];

        var error = Assert.Single(TestFiles.Read(bytes, "tasks.csv").Errors);

        Assert.Contains("larger than 10 MB", error.Reason);
    }

    [Fact]
    public void A_non_seekable_stream_over_10_MB_is_refused_too()
    {
        using var stream = new NonSeekableStream(new MemoryStream(new byte[TaskTableReader.MaxFileBytes + 1]));

        var error = Assert.Single(TaskTableReader.Read(stream, "tasks.csv").Errors);

        Assert.Contains("larger than 10 MB", error.Reason);
    }

    [Fact]
    public void More_than_20000_data_rows_are_refused()
    {
        using var stream = new MemoryStream();
        TaskTableWriter.WriteCsv(SampleTasks.Many(TaskTableReader.MaxDataRows + 1), stream, TaskTableLanguage.English);

        var error = Assert.Single(TestFiles.Read(stream.ToArray(), "tasks.csv").Errors);

        Assert.Contains("more than 20,000 data rows", error.Reason);
    }

    [Fact]
    public void Errors_are_capped_with_a_note_that_more_were_left_out()
    {
        var cells = Enumerable.Range(0, TaskTableReader.MaxErrors + 50)
            .Select(i => new[] { "一", "防汛", "市政处", "王局长", $"T{i}", "任务", "市政处", "", "数量", "x", "", "起", "2022-06-30" });

        var result = TestFiles.Read(TestFiles.Csv(SampleTasks.ChineseHeaders, cells), "tasks.csv");

        Assert.Equal(TaskTableReader.MaxErrors + 1, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.Reason.Contains("too many errors", StringComparison.Ordinal));
    }
}
