using System.Text;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>POST /api/cases/{id}/withdraw (作废): who may, with what reason, and that the case then counts nowhere but stays in the ledger.</summary>
public sealed class CaseWithdrawApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static Task<HttpResponseMessage> Withdraw(HttpClient client, string id, object body) => client.PostAsJsonAsync($"/api/cases/{id}/withdraw", body);

    private async Task<string> Report(HttpClient client) =>
        (await GridFiles.Json(await client.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;

    private Task<JsonElement> Stats() => App.Reader().GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats");

    [Fact]
    public async Task The_reporter_withdraws_their_case_with_a_reason_and_it_counts_nowhere_but_stays_in_the_ledger()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var reporter = await GridFiles.Account(App, "wd-zhang", "GridHead", grids: ["JA-001"]);
        var colleague = await GridFiles.Account(App, "wd-li", "GridHead", grids: ["JA-001"]);
        var unitHead = await GridFiles.Account(App, "wd-huanwei", "UnitHead", unit: "环卫处");
        var id = await Report(reporter);
        var kept = await Report(reporter);
        Assert.Equal(2, (await Stats()).GetProperty("received").GetInt32());

        Assert.Equal(HttpStatusCode.Forbidden, (await Withdraw(colleague, id, new { reason = "重复" })).StatusCode); // not theirs
        Assert.Equal(HttpStatusCode.Forbidden, (await Withdraw(unitHead, id, new { reason = "重复" })).StatusCode);
        var noReason = await Withdraw(reporter, id, new { reason = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        var problem = await GridFiles.Json(noReason);
        Assert.StartsWith("作废须说明理由", problem.GetProperty("detail").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await Withdraw(reporter, "JA-001.999", new { reason = "重复" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reporter.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "withdrawn", note = "x" })).StatusCode);
        Assert.Equal(2, (await Stats()).GetProperty("received").GetInt32());                         // refusals changed nothing

        var done = await Withdraw(reporter, id, new { reason = "重复上报，与上一件相同" });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var view = await GridFiles.Json(done);
        Assert.Equal(("withdrawn", "重复上报，与上一件相同"), (view.GetProperty("status").GetString(), view.GetProperty("withdrawnReason").GetString()));
        Assert.Equal("wd-zhang", view.GetProperty("steps")[view.GetProperty("steps").GetArrayLength() - 1].GetProperty("by").GetString());
        Assert.Equal(1, (await Stats()).GetProperty("received").GetInt32());

        var again = await Withdraw(admin, id, new { reason = "再次" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("已作废", (await GridFiles.Json(again)).GetProperty("detail").GetString());

        var ledger = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001&status=withdrawn");
        var row = Assert.Single(ledger.GetProperty("items").EnumerateArray());
        Assert.Equal((id, "重复上报，与上一件相同"), (row.GetProperty("id").GetString(), row.GetProperty("withdrawnReason").GetString()));
        var open = await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001&open=true");
        Assert.Equal([kept], open.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        Assert.Equal(HttpStatusCode.OK, (await Withdraw(admin, kept, new { reason = "办公室核实为误报" })).StatusCode); // the office: anyone's case
        Assert.Equal(0, (await Stats()).GetProperty("received").GetInt32());
    }

    [Fact]
    public async Task A_hostile_reason_is_refused_with_its_field_and_the_case_is_unchanged()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var id = await Report(admin);
        var before = await admin.GetStringAsync($"/api/cases/{id}");
        foreach (var body in new[]
        {
            "{\"reason\": \"重复\\u0000\"}", "{\"reason\": " + JsonSerializer.Serialize(new string('长', 2001)) + "}", "{\"reason\": 5}",
            "{\"reason\": [\"a\"]}", "{\"reason\": \"\\ud800\"}", "{}", "null", "{",
        })
        {
            var response = await admin.PostAsync($"/api/cases/{id}/withdraw", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{body[..Math.Min(20, body.Length)]} → {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await admin.GetStringAsync($"/api/cases/{id}"));
        Assert.Equal(1, (await Stats()).GetProperty("received").GetInt32());
    }
}
