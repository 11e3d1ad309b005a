using System.Text.Json;
using CommandCenter.Domain;
using CommandCenter.Reports;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>A report must say something; a resubmission replaces the earlier one and keeps it; past weeks stay readable.</summary>
public sealed class ReportRulesTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Unit = "城防办"; // leads line 一 of the demo campaign

    private async Task<JsonElement> Status(string? week = null, string campaign = "dagan100") =>
        (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign}/reports" + (week is null ? "" : "?week=" + week)))
            .GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == Unit);

    [Theory]
    [InlineData("{\"unit\":\"城防办\"}")]
    [InlineData("{\"unit\":\"城防办\",\"workDone\":\"   \",\"problems\":\"无\",\"nextWeek\":\"继续\"}")]
    public async Task A_blank_report_with_no_figure_changed_is_refused_and_stores_nothing(string body)
    {
        // The demo's seeded updates fall in the current week on some weekdays and not on others; a clone of the demo
        // has its lines and units but no progress, so no figure of the unit changed this week whatever the day.
        var office = await App.AdminClient();
        var start = (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).GetProperty("startDate").GetString();
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/campaigns/dagan100/clone", new { name = "周报规则", startDate = start, id = "blankweek" })).StatusCode);
        var before = (await Status(campaign: "blankweek")).GetRawText();
        var response = await office.PostAsync("/api/campaigns/blankweek/reports", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("workDone", problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.StartsWith("周报不能为空", problem.GetProperty("detail").GetString());
        Assert.Equal(before, (await Status(campaign: "blankweek")).GetRawText());
    }

    [Fact]
    public async Task A_report_without_text_is_accepted_when_a_figure_changed_this_week()
    {
        var office = await App.AdminClient();
        (await office.PostAsJsonAsync("/api/tasks/dagan100.1.4/progress", new { value = 5 })).EnsureSuccessStatusCode();
        var response = await office.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = Unit });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_resubmission_says_it_replaced_the_earlier_report_and_keeps_its_versions()
    {
        var office = await App.AdminClient();
        var first = await (await office.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = Unit, workDone = "初稿" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(first.GetProperty("replaced").GetBoolean());
        var week = (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports")).GetProperty("week").GetString();
        (await office.PostAsJsonAsync($"/api/campaigns/dagan100/reports/{week}/{Unit}/return", new { reason = "请补充数据" })).EnsureSuccessStatusCode();

        var second = await (await office.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = Unit, workDone = "二稿" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(second.GetProperty("replaced").GetBoolean());
        var third = await (await office.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = Unit, workDone = "定稿" })).Content.ReadFromJsonAsync<JsonElement>();
        var versions = third.GetProperty("earlierVersions").EnumerateArray().ToList();
        Assert.Equal(["初稿", "二稿"], versions.Select(v => v.GetProperty("report").GetProperty("workDone").GetString()));
        Assert.Equal("请补充数据", versions[0].GetProperty("returnReason").GetString());
        Assert.Equal("定稿", (await Status()).GetProperty("report").GetProperty("workDone").GetString());
    }

    [Fact]
    public async Task A_past_week_s_reports_and_returns_are_read_through_the_api()
    {
        var lastWeek = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").AddDays(-7);
        var grain = App.Service<IGrainFactory>().GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf("dagan100", lastWeek));
        await grain.Submit(Unit, new WeeklyReport { WorkDone = "上周补报" }, "chengfang");
        await grain.Return(Unit, "数据有误");

        var past = await Status(lastWeek.ToString("yyyy-MM-dd"));
        Assert.Equal(("returned", "数据有误", "上周补报"),
            (past.GetProperty("status").GetString(), past.GetProperty("returnReason").GetString(), past.GetProperty("report").GetProperty("workDone").GetString()));
        Assert.Equal(JsonValueKind.Null, (await Status()).GetProperty("report").ValueKind); // this week untouched
    }

    [Fact]
    public async Task The_demo_drive_has_six_past_weeks_of_reports_with_a_late_a_returned_and_a_missing_one()
    {
        var current = ReportWeek.Current(TimeProvider.System, "Asia/Shanghai");
        var weeks = new List<JsonElement>();
        for (var back = 1; back <= 6; back++)
        {
            weeks.Add(await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/reports?week={current.AddDays(-7 * back):yyyy-MM-dd}"));
        }

        var statuses = weeks.Select(w => w.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("status").GetString()).ToList()).ToList();
        Assert.Equal(1, statuses[0].Count(s => s == "missing"));
        Assert.Equal(1, statuses[1].Count(s => s == "returned"));
        Assert.Contains(statuses.SelectMany(s => s), s => s == "late");
        Assert.True(statuses.SelectMany(s => s).Count(s => s == "onTime") > statuses.SelectMany(s => s).Count(s => s == "late"));
        Assert.All(weeks.SelectMany(w => w.GetProperty("units").EnumerateArray()).Where(u => u.GetProperty("status").GetString() != "missing"),
            u => Assert.NotEqual("", u.GetProperty("report").GetProperty("workDone").GetString()));
    }
}
