using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>A withdrawn case (作废) counts nowhere: grid figures, totals, statistics, rankings, the wall and the map read as if it had never been reported.</summary>
public sealed class CaseWithdrawnCountsTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>Every figure a withdrawn case could touch, as one comparable text (times of generation left out).</summary>
    private async Task<string> Figures(HttpClient admin, HubConnection wall)
    {
        var grid = await admin.GetStringAsync("/api/grids/JA-001/stats");
        var totals = await admin.GetStringAsync("/api/case-stats?campaignId=dagan100");
        var byGrid = await admin.GetStringAsync("/api/case-stats?campaignId=dagan100&groupBy=grid");
        var byUnit = await admin.GetStringAsync("/api/case-stats?campaignId=dagan100&groupBy=unit");
        var grids = (await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/standings?subjects=grids")).GetProperty("items").GetRawText();
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/standings?subjects=units")).GetProperty("items")
            .EnumerateArray().Where(i => i.GetProperty("subject").GetString() == "环卫处").Select(i => i.GetRawText());
        var board = await wall.InvokeAsync<JsonElement>("Grids", "dagan100");
        var map = (await admin.GetFromJsonAsync<JsonElement>("/api/map?campaignId=dagan100")).GetProperty("cases").GetRawText();
        return string.Join("\n", grid, totals, byGrid, byUnit, grids, string.Join(",", units), board.GetRawText(), map);
    }

    private async Task<string> Settled(HttpClient admin, HubConnection wall, string? expected)
    {
        // The rankings are recomputed as the data changes: read until two reads agree (and match, when a figure is expected).
        var deadline = DateTime.UtcNow + Patience;
        var last = await Figures(admin, wall);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            var next = await Figures(admin, wall);
            if (next == last && (expected is null || next == expected))
            {
                return next;
            }

            last = next;
        }

        return last;
    }

    [Fact]
    public async Task A_dispatched_case_withdrawn_by_the_office_leaves_every_figure_as_before_it_was_reported()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");
        await using var wall = App.WallConnection();
        await wall.StartAsync();
        var kept = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{kept}/transitions", new { to = "dispatched", unit = "环卫处" })).StatusCode);
        var before = await Settled(admin, wall, null);

        var report = new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "hotline", description = "重复上报的一件" };
        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", report))).GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "环卫处" })).StatusCode);
        var counted = await Settled(admin, wall, null);
        Assert.NotEqual(before, counted);                                                  // the figures do see the case while it stands
        Assert.Contains(id!, counted);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{id}/withdraw", new { reason = "与 " + kept + " 重复" })).StatusCode);

        Assert.Equal(before, await Settled(admin, wall, before));
        var ledger = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001&status=withdrawn");
        Assert.Equal(id, Assert.Single(ledger.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()); // still in the ledger, marked
    }
}
