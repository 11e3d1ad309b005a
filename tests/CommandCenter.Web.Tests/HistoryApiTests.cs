using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Burn-up charts and the audit, read from the append-only task history.</summary>
public sealed class HistoryApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "History-Pa55!";

    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    private static JsonElement PointOn(JsonElement chart, DateOnly day) =>
        chart.GetProperty("points").EnumerateArray().Single(p => p.GetProperty("date").GetString() == day.ToString("yyyy-MM-dd"));

    [Fact]
    public async Task A_task_s_burn_up_plans_its_whole_span_and_today_s_actual_is_its_current_progress()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = 300 })).EnsureSuccessStatusCode(); // 300 of 400
        var task = await App.Reader().GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.8.1");
        var chart = await App.Reader().GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.8.1/burnup");

        var points = chart.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(100, points.Count); // the demo drive's 100 days
        var due = DateOnly.Parse(task.GetProperty("dueDate").GetString()!);
        Assert.Equal(1.0, PointOn(chart, due).GetProperty("planned").GetDouble());
        Assert.True(PointOn(chart, due.AddDays(-1)).GetProperty("planned").GetDouble() < 1);
        Assert.Equal(0.75, PointOn(chart, Today).GetProperty("actual").GetDouble());
        Assert.Equal(JsonValueKind.Null, PointOn(chart, Today.AddDays(1)).GetProperty("actual").ValueKind);
        Assert.Equal(Math.Round(task.GetProperty("timeElapsed").GetDouble(), 4), PointOn(chart, Today).GetProperty("planned").GetDouble());
    }

    [Fact]
    public async Task The_campaign_and_line_burn_up_today_equal_the_rolled_up_progress()
    {
        (await (await App.AdminClient()).PostAsJsonAsync("/api/tasks/dagan100.4.1/progress", new { value = 11 })).EnsureSuccessStatusCode();
        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var campaign = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/burnup");
        Assert.Equal(43, campaign.GetProperty("tasks").GetInt32());
        Assert.Equal(Math.Round(snapshot.GetProperty("progress").GetDouble(), 4), PointOn(campaign, Today).GetProperty("actual").GetDouble(), 4);
        var tasks = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray()).ToList();
        Assert.Equal(tasks.Average(t => t.GetProperty("timeElapsed").GetDouble()), PointOn(campaign, Today).GetProperty("planned").GetDouble(), 4);

        var line = snapshot.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "四");
        var lineChart = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/burnup?line={Uri.EscapeDataString("四")}");
        Assert.Equal(line.GetProperty("tasks").GetArrayLength(), lineChart.GetProperty("tasks").GetInt32());
        Assert.Equal(line.GetProperty("progress").GetDouble(), PointOn(lineChart, Today).GetProperty("actual").GetDouble(), 4);

        // Before any update was recorded, nothing was done.
        var first = campaign.GetProperty("points")[0];
        Assert.Equal(DateOnly.Parse(snapshot.GetProperty("startDate").GetString()!).ToString("yyyy-MM-dd"), first.GetProperty("date").GetString());
        Assert.True(first.GetProperty("actual").GetDouble() < PointOn(campaign, Today).GetProperty("actual").GetDouble());
    }

    [Theory]
    [InlineData("/api/campaigns/nope/burnup")]
    [InlineData("/api/campaigns/dagan100/burnup?line=九十九")]
    [InlineData("/api/tasks/dagan100.99.9/burnup")]
    public async Task Unknown_campaigns_lines_and_tasks_are_404(string path) =>
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync(path)).StatusCode);

    [Fact]
    public async Task The_audit_filters_by_unit_user_and_date_for_the_office_only()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfang", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        var head = await App.ClientFor("chengfang", Password);
        (await head.PostAsJsonAsync("/api/tasks/dagan100.1.4/progress", new { value = 5, note = "演练五次" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.2.1/progress", new { value = 10, note = "资金到位" })).EnsureSuccessStatusCode();

        var byUnit = await admin.GetFromJsonAsync<JsonElement>($"/api/audit?campaign=dagan100&unit={Uri.EscapeDataString("城防办")}");
        Assert.NotEmpty(byUnit.EnumerateArray());
        Assert.All(byUnit.EnumerateArray(), e => Assert.Equal("城防办", e.GetProperty("ownerUnit").GetString()));
        Assert.Equal("演练五次", byUnit[0].GetProperty("change").GetProperty("note").GetString()); // newest first

        var byUser = (await admin.GetFromJsonAsync<JsonElement>("/api/audit?campaign=dagan100&user=admin")).EnumerateArray().ToList();
        var only = Assert.Single(byUser);
        Assert.Equal("dagan100.2.1", only.GetProperty("change").GetProperty("taskId").GetString());
        Assert.Equal(10m, only.GetProperty("change").GetProperty("after").GetDecimal());

        var today = Today.ToString("yyyy-MM-dd");
        Assert.Equal(2, (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?campaign=dagan100&from={today}&to={today}")).GetArrayLength());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/audit?campaign=dagan100&from={Today.AddDays(1):yyyy-MM-dd}")).GetArrayLength());

        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync("/api/audit?campaign=dagan100")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/audit?campaign=dagan100")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/audit?campaign=dagan100&from=yesterday")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/audit?campaign=nope")).StatusCode);
    }
}
