using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>Every write endpoint × every kind of caller: who gets in, who gets 401 or 403.</summary>
public sealed class AuthorizationMatrixTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Matrix-Pa55word!";

    private sealed record Endpoint(string Name, HttpMethod Method, string Path, Func<HttpContent?> Body);

    private static readonly Endpoint[] Writes =
    [
        new("progress on 城防办's task", HttpMethod.Post, "/api/tasks/dagan100.1.1/progress", () => Json(new { value = 1 })),
        new("import", HttpMethod.Post, "/api/campaigns/import", () => new MultipartFormDataContent { { new StringContent("x"), "name" } }),
        new("wall reload", HttpMethod.Post, "/api/campaigns/dagan100/wall/reload", () => null),
        new("issue display token", HttpMethod.Post, "/api/display-tokens", () => Json(new { name = "屏" })),
        new("revoke display token", HttpMethod.Delete, "/api/display-tokens/nothing", () => null),
        new("create account", HttpMethod.Post, "/api/users", () => Json(new { userName = "n", password = Password, role = "Viewer" })),
        new("weekly report", HttpMethod.Post, "/api/campaigns/dagan100/reports", () => Json(new { workDone = "x" })),
        new("return report", HttpMethod.Post, "/api/campaigns/dagan100/reports/2026-11-23/城防办/return", () => Json(new { reason = "x" })),
        new("grid import", HttpMethod.Post, "/api/grids/import", () => new MultipartFormDataContent { { new StringContent("x"), "campaignId" } }),
        new("report case", HttpMethod.Post, "/api/cases", () => Json(GridFiles.RoadCleaning())),
        new("report case with photos", HttpMethod.Post, "/api/cases/with-photos", () => GridFiles.CaseWithPhotos(GridFiles.Png())),
        new("case transition", HttpMethod.Post, "/api/cases/JA-001.404/transitions", () => Json(new { to = "handling" })),
        new("case photo", HttpMethod.Post, "/api/cases/JA-001.404/photos", () => GridFiles.Photo(GridFiles.Png())),
        new("withdraw case", HttpMethod.Post, "/api/cases/JA-001.404/withdraw", () => Json(new { reason = "重复上报" })),
        new("bulk cases", HttpMethod.Post, "/api/grids/JA-001/cases/import", () => Json(Array.Empty<object>())),
        new("issue notice", HttpMethod.Post, "/api/notices", () => Json(new { unit = "城防办" })),
        new("answer notice", HttpMethod.Post, "/api/notices/n404/answer", () => Json(new { text = "x" })),
        new("close notice", HttpMethod.Post, "/api/notices/n404/close", () => Json(new { text = "x" })),
        new("escalate notice", HttpMethod.Post, "/api/notices/n404/escalate", () => Json(new { text = "x" })),
        new("working calendar", HttpMethod.Put, "/api/campaigns/dagan100/working-calendar", () => Json(new { })),
        new("case link", HttpMethod.Post, "/api/campaigns/dagan100/case-links", () => Json(new { })),
        new("create campaign", HttpMethod.Post, "/api/campaigns", () => Json(new { name = "" })),
        new("campaign settings", HttpMethod.Put, "/api/campaigns/dagan100/settings", () => Json(new { })),
        new("clone campaign", HttpMethod.Post, "/api/campaigns/dagan100/clone", () => Json(new { })),
        new("add line", HttpMethod.Post, "/api/campaigns/dagan100/lines", () => Json(new { code = "" })),
        new("edit line", HttpMethod.Put, "/api/campaigns/dagan100/lines/一", () => Json(new { code = "" })),
        new("add task", HttpMethod.Post, "/api/campaigns/dagan100/tasks", () => Json(new { code = "" })),
        new("edit task", HttpMethod.Put, "/api/campaigns/dagan100/tasks/dagan100.1.1", () => Json(new { code = "" })),
        new("back up now", HttpMethod.Post, "/api/admin/backups", () => null),
        new("assessment scheme", HttpMethod.Put, "/api/campaigns/dagan100/assessment", () => Json(new { })),
        new("adjustment", HttpMethod.Post, "/api/campaigns/dagan100/adjustments", () => Json(new { subject = "" })),
        new("blacklist event", HttpMethod.Post, "/api/campaigns/dagan100/blacklist-events", () => Json(new { unit = "" })),
        new("publish period", HttpMethod.Post, "/api/campaigns/dagan100/periods/2026-13/publish", () => null),
        new("revise period", HttpMethod.Post, "/api/campaigns/dagan100/periods/2026-13/revisions", () => Json(new { note = "" })),
        new("explanation", HttpMethod.Post, "/api/campaigns/dagan100/accountability/2026-13/城防办/explanation", () => Json(new { text = "" })),
        new("accountability action", HttpMethod.Post, "/api/campaigns/dagan100/accountability/2026-13/城防办/actions", () => Json(new { text = "" })),
        new("edit briefing", HttpMethod.Put, "/api/campaigns/dagan100/briefings/2026-11-23", () => Json(new { editorNote = "按语" })),
        new("case standard", HttpMethod.Put, "/api/campaigns/dagan100/case-categories", () => Json(Array.Empty<object>())),
        new("publish briefing", HttpMethod.Post, "/api/campaigns/dagan100/briefings/2026-11-23/publish", () => null),
        new("edit account", HttpMethod.Put, "/api/users/nobody", () => Json(new { role = "Viewer" })),
        new("reset password", HttpMethod.Post, "/api/users/nobody/password-reset", () => null),
        new("own password", HttpMethod.Post, "/api/account/password", () => Json(new { })),
        new("create unit", HttpMethod.Post, "/api/units", () => Json(new { name = "" })),
        new("edit unit", HttpMethod.Put, "/api/units/987654", () => Json(new { name = "" })),
    ];

    /// <summary>What each caller may reach: endpoint name → allowed.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["anonymous"] = [],
        ["display token"] = [],
        ["Viewer"] = ["own password"],
        ["GridHead"] = ["report case", "report case with photos", "case transition", "case photo", "withdraw case", "own password"],
        ["UnitHead"] = ["progress on 城防办's task", "weekly report", "case transition", "case photo", "answer notice", "explanation", "own password"],
        ["Administrator"] = Writes.Select(w => w.Name).ToArray(),
    };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    private async Task<HttpClient> Caller(string who)
    {
        var admin = await App.AdminClient();
        switch (who)
        {
            case "anonymous":
                return App.Client();
            case "display token":
                var issued = await (await admin.PostAsJsonAsync("/api/display-tokens", new { name = "矩阵", campaignId = "dagan100" })).Content.ReadFromJsonAsync<JsonElement>();
                var client = App.Client();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("token").GetString());
                return client;
            case "Administrator":
                return admin;
            default:
                var userName = "matrix-" + who.ToLowerInvariant();
                string[]? grids = who == "GridHead" ? ["JA-001"] : null;
                if (grids is not null)
                {
                    await GridFiles.Import(admin);
                }

                (await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role = who, unit = who == "UnitHead" ? "城防办" : null, grids })).EnsureSuccessStatusCode();
                return await App.ClientFor(userName, Password);
        }
    }

    [Theory]
    [InlineData("anonymous")]
    [InlineData("display token")]
    [InlineData("Viewer")]
    [InlineData("GridHead")]
    [InlineData("UnitHead")]
    [InlineData("Administrator")]
    public async Task Every_write_endpoint_admits_exactly_the_callers_allowed(string who)
    {
        var client = await Caller(who);
        var signedIn = who is not ("anonymous" or "display token");
        foreach (var endpoint in Writes)
        {
            var response = await client.SendAsync(new HttpRequestMessage(endpoint.Method, endpoint.Path) { Content = endpoint.Body() });
            var code = (int)response.StatusCode;
            if (Allowed[who].Contains(endpoint.Name))
            {
                Assert.True(code is not (401 or 403) and < 500, $"{who} → {endpoint.Name}: {code}");
            }
            else
            {
                Assert.True(code == (signedIn ? 403 : 401), $"{who} → {endpoint.Name}: {code}, expected {(signedIn ? 403 : 401)}");
            }
        }
    }
}
