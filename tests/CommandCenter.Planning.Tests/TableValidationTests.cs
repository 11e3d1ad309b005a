namespace CommandCenter.Planning.Tests;

/// <summary>Checks across rows and the all-or-nothing rule, on the sample table (header = row 1, tasks = rows 2–4).</summary>
public sealed class TableValidationTests
{
    [Fact]
    public void A_task_code_used_twice_is_reported_on_the_second_row()
    {
        var error = TestFiles.SingleError(cells => cells[2][4] = "1-1");

        Assert.Equal((4, "任务编号"), (error.Row, error.Column));
        Assert.Contains("already used on row 2", error.Reason);
    }

    [Theory]
    [InlineData(1, "专项行动名称")]
    [InlineData(2, "牵头单位")]
    [InlineData(3, "分管领导")]
    public void A_line_of_effort_must_keep_the_title_lead_unit_and_leader_of_its_first_row(int column, string header)
    {
        var error = TestFiles.SingleError(cells => cells[1][column] = "别的");

        Assert.Equal((3, header), (error.Row, error.Column));
        Assert.Contains("differs from", error.Reason);
        Assert.Contains("on row 2", error.Reason);
    }

    [Fact]
    public void One_bad_row_among_good_ones_makes_the_whole_table_invalid()
    {
        var result = TestFiles.Read(TestFiles.ChineseCsv(cells => cells[1][9] = "abc"), "tasks.csv");

        Assert.False(result.IsValid);
        Assert.Equal((3, "目标值"), (result.Errors[0].Row, result.Errors[0].Column));
        Assert.Empty(result.Rows);
    }

    [Fact]
    public void Every_error_of_a_table_is_reported_in_row_order()
    {
        var result = TestFiles.Read(TestFiles.ChineseCsv(cells =>
        {
            cells[2][12] = "bad";
            cells[0][9] = "x";
            cells[1][5] = "";
        }), "tasks.csv");

        Assert.Equal([(2, "目标值"), (3, "任务内容"), (4, "完成时限")], result.Errors.Select(e => (e.Row, e.Column)));
    }
}
