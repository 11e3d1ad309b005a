using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class CaseRulesApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task Closing_a_case_of_a_linked_category_moves_the_task_s_actual_value()
    {
        var admin = await App.AdminClient();
        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var task = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .First(t => t.GetProperty("target").GetProperty("kind").GetString() == "quantity" && t.GetProperty("target").GetProperty("baseline").GetDecimal() == 0);
        var taskId = task.GetProperty("id").GetString()!;
        var before = task.GetProperty("actual").GetDecimal();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/case-links", new { taskId, category = "街面秩序", subcategory = "占道经营" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/case-links", new { taskId, category = "不存在" })).StatusCode);
        await GridFiles.Import(admin, campaignId: "dagan100");

        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases",
            new { gridCode = "JA-001", category = "街面秩序", subcategory = "占道经营", source = "patrol", description = "占道摆摊" }))).GetProperty("id").GetString();
        foreach (var to in new[] { "dispatched", "handling", "rectified", "verified" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to, unit = "执法支队" })).StatusCode);
        }

        await admin.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png()));
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "closed" })).StatusCode);

        var after = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal(before + 1, after.GetProperty("actual").GetDecimal());
        var history = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}/history");
        Assert.Contains(id!, history.EnumerateArray().Last().GetProperty("note").GetString());
    }

    [Fact]
    public async Task The_working_calendar_is_configurable_per_campaign_and_checked()
    {
        var admin = await App.AdminClient();
        var rules = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/case-rules");
        Assert.Equal("Asia/Shanghai", rules.GetProperty("calendar").GetProperty("timeZone").GetString());
        Assert.Equal(2, rules.GetProperty("calendar").GetProperty("periods").GetArrayLength());
        Assert.Contains(rules.GetProperty("categories").EnumerateArray(), c => c.GetProperty("subcategory").GetString() == "违法建设拆除");

        var calendar = new
        {
            timeZone = "Asia/Shanghai", periods = new[] { new { start = "08:30", end = "12:00" }, new { start = "14:00", end = "17:30" } },
            workingDays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" }, holidays = new[] { "2026-10-01" }, extraWorkingDays = Array.Empty<string>()
        };
        var saved = await admin.PutAsJsonAsync("/api/campaigns/dagan100/working-calendar", calendar);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(6, (await GridFiles.Json(saved)).GetProperty("calendar").GetProperty("workingDays").GetArrayLength());

        var bad = calendar with { periods = new[] { new { start = "12:00", end = "08:00" } } };
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/campaigns/dagan100/working-calendar", bad)).StatusCode);
        var viewer = await GridFiles.Account(App, "viewer", "Viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PutAsJsonAsync("/api/campaigns/dagan100/working-calendar", calendar)).StatusCode);
    }
}
