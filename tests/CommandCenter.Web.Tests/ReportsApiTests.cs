using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class ReportsApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Unit-Head-Pa55!";
    private const string Unit = "城防办"; // leads line 一 of the demo campaign

    private async Task<HttpClient> UnitHead(string userName, string unit)
    {
        (await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName, password = Password, role = "UnitHead", unit })).EnsureSuccessStatusCode();
        return await App.ClientFor(userName, Password);
    }

    private async Task<JsonElement> UnitStatus(string unit) =>
        (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports"))
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit);

    [Fact]
    public async Task A_unit_head_submits_their_unit_s_report_with_the_task_figures_and_everyone_sees_the_status()
    {
        var head = await UnitHead("chengfang", Unit);
        var response = await head.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { workDone = "完成演练", problems = "", nextWeek = "继续排查" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(report.GetProperty("status").GetString(), new[] { "onTime", "late" });
        Assert.Contains(report.GetProperty("report").GetProperty("figures").EnumerateArray(), f => f.GetProperty("taskId").GetString() == "dagan100.1.1");

        var shown = await UnitStatus(Unit);
        Assert.Equal(report.GetProperty("status").GetString(), shown.GetProperty("status").GetString());
        Assert.Equal("chengfang", shown.GetProperty("submittedBy").GetString());
    }

    [Fact]
    public async Task A_unit_head_cannot_report_for_another_unit()
    {
        var head = await UnitHead("paishui2", "城市排水管理处");
        var before = (await UnitStatus(Unit)).GetProperty("status").GetString();
        var response = await head.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = Unit, workDone = "冒名" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await UnitStatus(Unit)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_office_returns_a_report_for_revision()
    {
        var head = await UnitHead("chengfang2", Unit);
        (await head.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { workDone = "初稿" })).EnsureSuccessStatusCode();
        var week = (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports")).GetProperty("week").GetString();

        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync($"/api/campaigns/dagan100/reports/{week}/{Unit}/return", new { reason = "x" })).StatusCode);
        var returned = await (await App.AdminClient()).PostAsJsonAsync($"/api/campaigns/dagan100/reports/{week}/{Unit}/return", new { reason = "请补充数据" });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("returned", (await UnitStatus(Unit)).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("/api/campaigns/nope/reports")]
    [InlineData("/api/campaigns/dagan100/reports?week=friday")]
    public async Task Bad_report_queries_are_4xx_problems(string path)
    {
        var response = await App.Reader().GetAsync(path);
        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
