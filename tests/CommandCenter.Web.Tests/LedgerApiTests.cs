using System.Text.Json;
using ClosedXML.Excel;

namespace CommandCenter.Web.Tests;

public sealed class LedgerApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task Cases_filter_by_grid_unit_status_and_page_and_export_to_xlsx_as_text()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var ids = new List<string>();
        foreach (var (grid, description) in new[] { ("JA-001", "=HYPERLINK(\"http://x\",\"点我\")"), ("JA-001", "第二件"), ("JA-002", "第三件") })
        {
            var body = new { gridCode = grid, category = "市容环境", subcategory = "暴露垃圾", source = "hotline", description };
            ids.Add((await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", body))).GetProperty("id").GetString()!);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{ids[0]}/transitions", new { to = "dispatched", unit = "环卫处" })).StatusCode);

        async Task<JsonElement> Page(string query) => await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?" + query);
        Assert.Equal(3, (await Page("")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await Page("grid=JA-001")).GetProperty("total").GetInt32());
        var unit = await Page("unit=环卫处");
        Assert.Equal(ids[0], Assert.Single(unit.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(2, (await Page("status=reported")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Page("overdue=true")).GetProperty("total").GetInt32());
        var second = await Page("page=2&pageSize=2");
        Assert.Equal((3, 1), (second.GetProperty("total").GetInt32(), second.GetProperty("items").GetArrayLength()));
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/ledger/cases?status=lost")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync("/api/ledger/cases?pageSize=100000")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/ledger/cases")).StatusCode);

        var export = await admin.GetAsync("/api/ledger/export?grid=JA-001");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var workbook = new XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        var sheet = workbook.Worksheet("案件台账");
        Assert.Equal(3, sheet.LastRowUsed().RowNumber());                          // header + the two cases of JA-001
        var cell = sheet.Column(14).CellsUsed().Single(c => c.GetString().StartsWith("=HYPERLINK"));
        Assert.False(cell.HasFormula);
        Assert.NotNull(workbook.Worksheet("督办台账"));
    }
}
