using System.Text.Json;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>不受理: a report that is not the bureau's business ends with its reason, counted apart from received and closed cases.</summary>
public sealed class NotAcceptedTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task A_case_not_accepted_needs_a_reason_ends_there_and_counts_apart_from_received_and_closed()
    {
        var office = await App.AdminClient();
        await GridFiles.Import(office, campaignId: "dagan100");
        var kept = (await GridFiles.Json(await office.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString();
        var id = (await GridFiles.Json(await office.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "notAccepted" })).StatusCode);
        var refused = await office.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "notAccepted", note = "属物业管理范围，非本部门职责" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("notAccepted", (await GridFiles.Json(refused)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "环卫处" })).StatusCode);

        var grid = await App.Reader().GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats");
        Assert.Equal((1, 1, 0), (grid.GetProperty("received").GetInt32(), grid.GetProperty("notAccepted").GetInt32(), grid.GetProperty("closed").GetInt32()));
        var period = await App.Reader().GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=grid");
        var row = period.GetProperty("groups").EnumerateArray().Single().GetProperty("stats");
        Assert.Equal((1, 1), (row.GetProperty("received").GetInt32(), row.GetProperty("notAccepted").GetInt32()));
        var open = await office.GetFromJsonAsync<JsonElement>("/api/ledger/cases?campaignId=dagan100&open=true");
        Assert.Equal([kept], open.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_ledger_filters_by_source_and_report_date()
    {
        var office = await App.AdminClient();
        await GridFiles.Import(office, campaignId: "dagan100");
        var hotline = (await GridFiles.Json(await office.PostAsJsonAsync("/api/cases", new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "hotline", description = "热线反映" }))).GetProperty("id").GetString();
        await office.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning());
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).ToString("yyyy-MM-dd");

        var bySource = await office.GetFromJsonAsync<JsonElement>($"/api/ledger/cases?campaignId=dagan100&source=hotline&from={today}&to={today}");
        Assert.Equal([hotline], bySource.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(0, (await office.GetFromJsonAsync<JsonElement>("/api/ledger/cases?campaignId=dagan100&to=2020-01-01")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync("/api/ledger/cases?source=radio")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.GetAsync("/api/ledger/cases?from=2026-13-01")).StatusCode);
    }
}
