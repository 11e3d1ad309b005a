using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class NoticeApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static object NewNotice(double hours, string unit = "城防办") =>
        new { unit, taskId = "dagan100.1.1", title = "防汛物资储备滞后", content = "请于期限内整改并回复", deadline = DateTimeOffset.UtcNow.AddHours(hours) };

    [Fact]
    public async Task The_office_issues_the_unit_answers_the_office_escalates_and_closes()
    {
        var admin = await App.AdminClient();
        var unit = await GridFiles.Account(App, "chengfangban", "UnitHead", unit: "城防办");
        var other = await GridFiles.Account(App, "paishui", "UnitHead", unit: "城市排水管理处");

        var created = await admin.PostAsJsonAsync("/api/notices", NewNotice(24));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var notice = await GridFiles.Json(created);
        var id = notice.GetProperty("id").GetString()!;
        Assert.Equal("blue", notice.GetProperty("stage").GetString());            // due within 48 h
        Assert.Equal("issued", notice.GetProperty("status").GetString());

        var inbox = await unit.GetFromJsonAsync<JsonElement>("/api/notices");
        Assert.Equal([id], inbox.EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Empty((await other.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsJsonAsync($"/api/notices/{id}/answer", new { text = "不是我们的" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync($"/api/notices/{id}/close", new { text = "自己关闭" })).StatusCode);

        var answered = await unit.PostAsJsonAsync($"/api/notices/{id}/answer", new { text = "已采购到位" });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal("none", (await GridFiles.Json(answered)).GetProperty("stage").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await unit.PostAsJsonAsync($"/api/notices/{id}/answer", new { text = "再答一次" })).StatusCode);

        var escalated = await GridFiles.Json(await admin.PostAsJsonAsync($"/api/notices/{id}/escalate", new { text = "整改不到位", deadline = DateTimeOffset.UtcNow.AddDays(10) }));
        Assert.Equal((2, "issued", "none"), (escalated.GetProperty("level").GetInt32(), escalated.GetProperty("status").GetString(), escalated.GetProperty("stage").GetString()));
        await unit.PostAsJsonAsync($"/api/notices/{id}/answer", new { text = "已全部整改" });
        var closed = await GridFiles.Json(await admin.PostAsJsonAsync($"/api/notices/{id}/close", new { text = "办结" }));
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal(["issued", "answered", "escalated", "answered", "closed"], closed.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("action").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/notices/{id}/escalate", new { deadline = DateTimeOffset.UtcNow.AddDays(3) })).StatusCode);
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/notices?status=closed")).EnumerateArray());
    }

    [Fact]
    public async Task Bad_notices_are_400_and_only_the_office_issues()
    {
        var admin = await App.AdminClient();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/notices", NewNotice(-1))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/notices", new { unit = "城防办", taskId = "nope.1", title = "x", deadline = DateTimeOffset.UtcNow.AddDays(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/notices", new { unit = "城防办", title = "x", deadline = DateTimeOffset.UtcNow.AddDays(1) })).StatusCode);
        var unit = await GridFiles.Account(App, "chengfangban", "UnitHead", unit: "城防办");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostAsJsonAsync("/api/notices", NewNotice(24))).StatusCode);
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/notices/n404/close", new { })).StatusCode);
    }
}
