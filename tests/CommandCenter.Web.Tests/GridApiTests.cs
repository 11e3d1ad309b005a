using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class GridApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task A_gb18030_grid_table_in_any_column_order_imports_and_lists_with_rates()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");

        var grids = await App.Reader().GetFromJsonAsync<JsonElement>("/api/grids");
        Assert.Equal(["JA-001", "JA-002"], grids.EnumerateArray().Select(g => g.GetProperty("code").GetString()));
        var first = grids[0];
        Assert.Equal("城北一网格", first.GetProperty("name").GetString());
        Assert.Equal("张三", first.GetProperty("gridHead").GetString());
        Assert.Equal(0, first.GetProperty("received").GetInt32());
        Assert.Equal(0, first.GetProperty("handlingRate").GetDouble());

        var stats = await App.Reader().GetFromJsonAsync<JsonElement>("/api/grids/JA-002/stats");
        foreach (var key in new[] { "received", "handled", "closed", "closedOnTime", "reworked", "overdue", "handlingRate", "closureRate", "onTimeRate", "reworkRate" })
        {
            Assert.True(stats.TryGetProperty(key, out _), key);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync("/api/grids/NOPE/stats")).StatusCode);
    }

    [Theory]
    [InlineData("网格编号,网格名称\nJA-001,一网格\nJA-001,重复\n", 3, "grid_code")]
    [InlineData("网格编号,网格名称\nJA-001,一网格\n,没有编号\n", 3, "grid_code")]
    [InlineData("网格编号,网格名称\nJA 001!,坏编号\n", 2, "grid_code")]
    [InlineData("grid_code,所属街道\nJA-001,城北\n", 1, "grid_name")]
    public async Task A_table_with_errors_gets_422_with_row_numbers_and_stores_nothing(string table, int row, string column)
    {
        var admin = await App.AdminClient();
        var response = await admin.PostAsync("/api/grids/import", GridFiles.Form(GridFiles.Gb18030(table), "grids.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await GridFiles.Json(response)).GetProperty("errors").EnumerateArray().ToList();
        Assert.Contains(errors, e => e.GetProperty("row").GetInt32() == row && e.GetProperty("column").GetString() == column);
        Assert.Empty((await App.Reader().GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_files_and_forms_are_4xx_and_only_the_office_imports()
    {
        var admin = await App.AdminClient();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsync("/api/grids/import", GridFiles.Form([0xD0, 0xCF, 0x11, 0xE0, 1, 2], "old.xls"))).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.PostAsync("/api/grids/import", GridFiles.Form([0x50, 0x4B, 0x03, 0x04, 9, 9], "broken.xlsx"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/api/grids/import", GridFiles.Form(GridFiles.Gb18030(GridFiles.Table), "g.csv", campaignId: "nope"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/grids/import", new { file = "x" })).StatusCode);
        var viewer = await GridFiles.Account(App, "viewer", "Viewer");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/api/grids/import", GridFiles.Form(GridFiles.Gb18030(GridFiles.Table), "g.csv"))).StatusCode);
        Assert.Empty((await App.Reader().GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray());
    }
}
