namespace CommandCenter.Planning.Tests;

/// <summary>Checks of single cells, on the sample table with one cell changed (header = row 1, tasks = rows 2–4).</summary>
public sealed class CellValidationTests
{
    private const string KindHeader = "目标类型（数量/比率/节点/排名）";

    [Theory]
    [InlineData(0, "专项行动编号")]
    [InlineData(1, "专项行动名称")]
    [InlineData(2, "牵头单位")]
    [InlineData(3, "分管领导")]
    [InlineData(4, "任务编号")]
    [InlineData(5, "任务内容")]
    [InlineData(6, "责任单位")]
    [InlineData(8, KindHeader)]
    [InlineData(9, "目标值")]
    [InlineData(11, "计量单位")]
    [InlineData(12, "完成时限")]
    public void An_empty_required_cell_is_reported_with_its_row_and_column(int column, string header)
    {
        // Row 3 (the second task) is a quantity task, so even its unit of measure is required.
        var error = TestFiles.SingleError(cells => cells[1][column] = " ");

        Assert.Equal((3, header), (error.Row, error.Column));
        Assert.Contains("must not be empty", error.Reason);
    }

    [Fact]
    public void Co_units_and_baseline_may_be_empty_and_baseline_defaults_to_zero()
    {
        var result = TestFiles.Read(TestFiles.ChineseCsv(cells => (cells[1][7], cells[1][10]) = ("", "")), "tasks.csv");

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal((0, 0m), (result.Rows[1].CoUnits.Count, result.Rows[1].Baseline));
    }

    [Fact]
    public void Only_a_milestone_may_leave_the_unit_of_measure_empty()
    {
        // Row 2 is a milestone without a unit and is valid; row 4 is a rate and is not.
        var error = TestFiles.SingleError(cells => cells[2][11] = "");

        Assert.Equal((4, "计量单位"), (error.Row, error.Column));
    }

    [Fact]
    public void An_unknown_target_kind_is_reported()
    {
        var error = TestFiles.SingleError(cells => cells[1][8] = "质量");

        Assert.Equal((3, KindHeader), (error.Row, error.Column));
        Assert.Equal("无法识别的目标类型“质量”，应为数量、比率、节点或排名 / unknown target kind \"质量\"; use quantity, rate, milestone or ranking", error.Reason);
    }

    [Theory]
    [InlineData("四百", "target_value must be a number")]
    [InlineData("-5", "target_value must not be negative")]
    public void A_target_value_must_be_a_non_negative_number(string value, string reason)
    {
        var error = TestFiles.SingleError(cells => cells[1][9] = value);

        Assert.Equal((3, "目标值"), (error.Row, error.Column));
        Assert.EndsWith(reason, error.Reason);
    }

    [Theory]
    [InlineData("多")]
    [InlineData("-1")]
    public void A_baseline_must_be_a_non_negative_number(string value)
    {
        var error = TestFiles.SingleError(cells => cells[1][10] = value);

        Assert.Equal((3, "基数"), (error.Row, error.Column));
    }

    [Theory]
    [InlineData(1, "400")]
    [InlineData(1, "401")]
    [InlineData(2, "98.5")]
    public void A_baseline_not_below_its_target_is_refused_as_the_plan_editor_refuses_it(int row, string baseline)
    {
        // Row 3 is a quantity task with target 400, row 4 a rate with target 98.5: the editor refuses both.
        var error = TestFiles.SingleError(cells => cells[row][10] = baseline);

        Assert.Equal((row + 2, "基数"), (error.Row, error.Column));
        Assert.Equal("基数应小于目标值 / baseline must be below the target.", error.Reason);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2.5")]
    public void A_ranking_target_must_be_a_whole_number_of_at_least_one(string value)
    {
        var error = TestFiles.SingleError(cells => (cells[1][8], cells[1][9]) = ("排名", value));

        Assert.Equal((3, "目标值"), (error.Row, error.Column));
        Assert.Contains("whole number of at least 1", error.Reason);
    }

    [Theory]
    [InlineData(2, "100.5")]
    [InlineData(0, "101")]
    public void A_rate_or_milestone_target_must_be_between_0_and_100(int row, string value)
    {
        var error = TestFiles.SingleError(cells => cells[row][9] = value);

        Assert.Equal((row + 2, "目标值"), (error.Row, error.Column));
        Assert.Contains("between 0 and 100", error.Reason);
    }

    [Theory]
    [InlineData("2022-13-01")]
    [InlineData("30/06/2022")]
    [InlineData("下月底")]
    public void A_due_date_that_is_not_a_date_is_reported(string value)
    {
        var error = TestFiles.SingleError(cells => cells[2][12] = value);

        Assert.Equal((4, "完成时限"), (error.Row, error.Column));
        Assert.Contains($"due_date \"{value}\" is not a valid date", error.Reason);
    }
}
