using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>
/// The office builds a campaign by hand (empty campaign, lines, tasks) and edits it: bad input is refused with the
/// field and stores nothing, edited tasks keep their history, screens receive the new plan.
/// </summary>
public sealed class CampaignStructureTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static object Line(string code = "一", string title = "城区备汛防汛", string leadUnit = "城防办", string leader = "王志刚") =>
        new { code, title, leadUnit, leader };

    private static object Task(string code, string due, string lineCode = "一", string kind = "quantity", decimal? value = 40, decimal baseline = 0,
        string title = "排查积水点", string ownerUnit = "城防办", string[]? coUnits = null) =>
        new { code, title, lineCode, ownerUnit, coUnits = coUnits ?? ["市政处"], dueDate = due, targetKind = kind, targetValue = value, baseline, unitOfMeasure = "处" };

    private static IEnumerable<JsonElement> Tasks(JsonElement snapshot) =>
        snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray());

    private async Task<string> NewCampaign(HttpClient admin, string name = "夏季攻坚")
    {
        var response = await admin.PostAsJsonAsync("/api/campaigns", new { name, startDate = "2026-11-01", endDate = "2027-02-08" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task The_office_creates_an_empty_campaign_then_adds_and_edits_its_lines_and_tasks()
    {
        var admin = await App.AdminClient();
        var id = await NewCampaign(admin);
        var listed = (await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
        Assert.Equal("夏季攻坚", listed.GetProperty("name").GetString());
        Assert.Equal("Asia/Shanghai", listed.GetProperty("timeZone").GetString());
        Assert.Equal(0, (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}")).GetProperty("lines").GetArrayLength());

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", Line())).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", Line(title: "重复"))).StatusCode);
        var created = await admin.PostAsJsonAsync($"/api/campaigns/{id}/tasks", Task("1.1", "2026-12-31"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var task = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal($"{id}.1.1", task.GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/campaigns/{id}/tasks", Task("1.1", "2026-12-30"))).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/campaigns/{id}/lines/一", Line(title: "城区备汛防汛及安全生产", leader: "李四"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", Line("二", "服务经济发展", "计划财务处"))).StatusCode);
        // Moving the task to the second line and giving it two co-units.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/campaigns/{id}/tasks/{id}.1.1", Task("1.1", "2027-01-15", "二", coUnits: ["市政处", "环卫处"]))).StatusCode);

        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        var lines = snapshot.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["一", "二"], lines.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("城区备汛防汛及安全生产", lines[0].GetProperty("title").GetString());
        Assert.Equal("李四", lines[0].GetProperty("leader").GetString());
        Assert.Equal(0, lines[0].GetProperty("tasks").GetArrayLength());
        var moved = Assert.Single(lines[1].GetProperty("tasks").EnumerateArray());
        Assert.Equal("二", moved.GetProperty("lineCode").GetString());
        Assert.Equal("2027-01-15", moved.GetProperty("dueDate").GetString());
        Assert.Equal(["市政处", "环卫处"], moved.GetProperty("coUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Equal(0, snapshot.GetProperty("progress").GetDouble());
    }

    public static TheoryData<string, object> BadTasks => new()
    {
        { "code", Task("", "2026-12-31") },
        { "code", Task("a/b", "2026-12-31") },
        { "title", Task("9.1", "2026-12-31", title: "  ") },
        { "lineCode", Task("9.1", "2026-12-31", lineCode: "九十九") },
        { "ownerUnit", Task("9.1", "2026-12-31", ownerUnit: "") },
        { "dueDate", Task("9.1", "2031-01-01") },
        { "dueDate", Task("9.1", "31/12/2026") },
        { "targetKind", Task("9.1", "2026-12-31", kind: "lots") },
        { "targetValue", Task("9.1", "2026-12-31", value: null) },
        { "targetValue", Task("9.1", "2026-12-31", kind: "rate", value: 120) },
        { "targetValue", Task("9.1", "2026-12-31", kind: "ranking", value: 2.5m) },
        { "baseline", Task("9.1", "2026-12-31", value: 10, baseline: 20) },
    };

    [Theory]
    [MemberData(nameof(BadTasks))]
    public async Task A_bad_task_is_400_naming_the_field_and_stores_nothing(string field, object body)
    {
        var admin = await App.AdminClient();
        var id = await NewCampaign(admin);
        (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", Line())).EnsureSuccessStatusCode();
        var before = await App.Reader().GetStringAsync($"/api/campaigns/{id}");

        var response = await admin.PostAsJsonAsync($"/api/campaigns/{id}/tasks", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        var after = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        Assert.Empty(Tasks(after));
        Assert.Equal(JsonDocument.Parse(before).RootElement.GetProperty("lines").GetRawText(), after.GetProperty("lines").GetRawText());
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync($"/api/tasks/{id}.9.1")).StatusCode);
    }

    [Theory]
    [InlineData("name", "", "2026-11-01", "2027-02-08", null)]
    [InlineData("startDate", "冬季", "2026-13-01", "2027-02-08", null)]
    [InlineData("endDate", "冬季", "2026-11-01", "2026-10-01", null)]
    [InlineData("timeZone", "冬季", "2026-11-01", "2027-02-08", "Mars/Olympus")]
    public async Task A_bad_campaign_is_400_naming_the_field_and_stores_nothing(string field, string name, string start, string end, string? timeZone)
    {
        var admin = await App.AdminClient();
        var response = await admin.PostAsJsonAsync("/api/campaigns", new { name, startDate = start, endDate = end, timeZone });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Single((await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).EnumerateArray());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/campaigns", new { name = "重名", startDate = "2026-11-01", endDate = "2027-02-08", id = "dagan100" })).StatusCode);
    }

    [Fact]
    public async Task A_bad_line_is_refused_and_an_unknown_line_or_task_is_404()
    {
        var admin = await App.AdminClient();
        var before = await App.Reader().GetStringAsync("/api/campaigns/dagan100");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/lines", Line(code: ""))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/lines", Line(code: "九", title: ""))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/campaigns/dagan100/lines/一", Line(code: "壹"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/campaigns/dagan100/lines/九", Line(code: "九"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync("/api/campaigns/dagan100/tasks/dagan100.99", Task("99", "2026-12-31"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/api/campaigns/nope/lines", Line())).StatusCode);
        var after = await App.Reader().GetStringAsync("/api/campaigns/dagan100");
        Assert.Equal(JsonDocument.Parse(before).RootElement.GetProperty("lines").GetRawText(), JsonDocument.Parse(after).RootElement.GetProperty("lines").GetRawText());
    }

    [Fact]
    public async Task Tasks_added_and_a_line_renamed_at_the_same_moment_are_all_kept()
    {
        var admin = await App.AdminClient();
        var id = await NewCampaign(admin, "并发编辑");
        (await admin.PostAsJsonAsync($"/api/campaigns/{id}/lines", Line())).EnsureSuccessStatusCode();
        var codes = Enumerable.Range(1, 8).Select(i => $"1.{i}").ToList();

        // Each save reads the plan, changes it and writes it back: without a revision check all but one would be lost.
        var saves = codes.Select(code => admin.PostAsJsonAsync($"/api/campaigns/{id}/tasks", Task(code, "2026-12-31")))
            .Append(admin.PutAsJsonAsync($"/api/campaigns/{id}/lines/一", Line(title: "改名后的专项")));
        var responses = await System.Threading.Tasks.Task.WhenAll(saves);

        Assert.All(responses, r => Assert.True(r.IsSuccessStatusCode, $"{r.StatusCode}: {r.Content.ReadAsStringAsync().Result}"));
        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/campaigns/{id}");
        Assert.Equal(codes, Tasks(snapshot).Select(t => t.GetProperty("code").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal("改名后的专项", snapshot.GetProperty("lines")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Two_creations_of_one_campaign_id_at_the_same_moment_give_one_201_and_one_409()
    {
        var admin = await App.AdminClient();
        var body = new { name = "同号", startDate = "2026-11-01", endDate = "2027-02-08", id = "same-id" };
        var responses = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(_ => admin.PostAsJsonAsync("/api/campaigns", body)));
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Editing_a_task_keeps_its_progress_and_history_and_recomputes_its_status()
    {
        var admin = await App.AdminClient();
        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var task = Tasks(snapshot).First(t => t.GetProperty("target").GetProperty("kind").GetString() == "quantity" && t.GetProperty("status").GetString() != "done");
        var id = task.GetProperty("id").GetString()!;
        var target = task.GetProperty("target");
        var reached = target.GetProperty("baseline").GetDecimal() + 1;
        (await admin.PostAsJsonAsync($"/api/tasks/{id}/progress", new { value = reached, note = "目标调整前" })).EnsureSuccessStatusCode();
        var history = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}/history");
        var before = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
        Assert.NotEqual("done", before.GetProperty("status").GetString());

        // The office lowers the target to what has been reached: the task is done, with its value and history intact.
        var edit = new
        {
            code = task.GetProperty("code").GetString(), title = task.GetProperty("title").GetString() + "（调整）", lineCode = task.GetProperty("lineCode").GetString(),
            ownerUnit = task.GetProperty("ownerUnit").GetString(), coUnits = task.GetProperty("coUnits").EnumerateArray().Select(c => c.GetString()).ToArray(),
            dueDate = task.GetProperty("dueDate").GetString(), targetKind = "quantity", targetValue = reached,
            baseline = target.GetProperty("baseline").GetDecimal(), unitOfMeasure = target.GetProperty("unitOfMeasure").GetString(),
        };
        var response = await admin.PutAsJsonAsync($"/api/campaigns/dagan100/tasks/{id}", edit);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var after = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
        Assert.Equal("done", after.GetProperty("status").GetString());
        Assert.Equal(1.0, after.GetProperty("progress").GetDouble());
        Assert.Equal(reached, after.GetProperty("actual").GetDecimal());
        Assert.Equal(reached, after.GetProperty("target").GetProperty("value").GetDecimal());
        Assert.EndsWith("（调整）", after.GetProperty("title").GetString());
        Assert.Equal(before.GetProperty("lastUpdate").GetRawText(), after.GetProperty("lastUpdate").GetRawText());
        Assert.True(after.GetProperty("version").GetInt32() > before.GetProperty("version").GetInt32());
        Assert.Equal(history.GetRawText(), (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}/history")).GetRawText());
        var inCampaign = Tasks(await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100")).Single(t => t.GetProperty("id").GetString() == id);
        Assert.Equal("done", inCampaign.GetProperty("status").GetString());

        // Progress goes on from the kept version.
        (await admin.PostAsJsonAsync($"/api/tasks/{id}/progress", new { value = reached + 1, baseVersion = after.GetProperty("version").GetInt32() })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task A_screen_receives_the_new_plan_as_a_snapshot_and_the_next_change_follows_on_from_it()
    {
        var messages = Channel.CreateUnbounded<(string Kind, JsonElement Body)>();
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("Snapshot", body => messages.Writer.TryWrite(("Snapshot", body)));
        connection.On<JsonElement>("Changes", frame => { foreach (var c in frame.EnumerateArray()) messages.Writer.TryWrite(("Change", c)); });
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");
        var (_, first) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        var admin = await App.AdminClient();
        var due = first.GetProperty("endDate").GetString()!;
        (await admin.PostAsJsonAsync("/api/campaigns/dagan100/tasks", Task("8.99", due, lineCode: "八", ownerUnit: "城管执法支队"))).EnsureSuccessStatusCode();

        var (kind, plan) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("Snapshot", kind);
        Assert.True(plan.GetProperty("sequence").GetInt64() > first.GetProperty("sequence").GetInt64());
        var line = plan.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("code").GetString() == "八");
        Assert.Contains(line.GetProperty("tasks").EnumerateArray(), t => t.GetProperty("id").GetString() == "dagan100.8.99");
        Assert.Equal(Tasks(first).Count() + 1, Tasks(plan).Count());

        (await admin.PostAsJsonAsync("/api/tasks/dagan100.8.99/progress", new { value = 20 })).EnsureSuccessStatusCode();
        var (changeKind, change) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("Change", changeKind);
        Assert.Equal(plan.GetProperty("sequence").GetInt64() + 1, change.GetProperty("sequence").GetInt64());
        Assert.Equal("dagan100.8.99", change.GetProperty("task").GetProperty("id").GetString());
        Assert.Equal(0.5, change.GetProperty("task").GetProperty("progress").GetDouble());
    }

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("Viewer", HttpStatusCode.Forbidden)]
    [InlineData("UnitHead", HttpStatusCode.Forbidden)]
    public async Task Only_the_office_changes_a_campaign_s_structure(string who, HttpStatusCode expected)
    {
        var client = App.Client();
        if (who != "anonymous")
        {
            var admin = await App.AdminClient();
            (await admin.PostAsJsonAsync("/api/users", new { userName = "s-" + who.ToLowerInvariant(), password = "Structure-Pa55!", role = who, unit = who == "UnitHead" ? "城防办" : null })).EnsureSuccessStatusCode();
            client = await App.ClientFor("s-" + who.ToLowerInvariant(), "Structure-Pa55!");
        }

        var before = await App.Reader().GetStringAsync("/api/campaigns/dagan100");
        Assert.Equal(expected, (await client.PostAsJsonAsync("/api/campaigns", new { name = "x", startDate = "2026-11-01", endDate = "2027-02-08" })).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync("/api/campaigns/dagan100/lines", Line("九", "新增"))).StatusCode);
        Assert.Equal(expected, (await client.PutAsJsonAsync("/api/campaigns/dagan100/lines/一", Line(title: "改名"))).StatusCode);
        Assert.Equal(expected, (await client.PostAsJsonAsync("/api/campaigns/dagan100/tasks", Task("1.99", "2026-12-31"))).StatusCode);
        Assert.Equal(expected, (await client.PutAsJsonAsync("/api/campaigns/dagan100/tasks/dagan100.1.1", Task("1.1", "2026-12-31"))).StatusCode);
        Assert.Single((await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns")).EnumerateArray());
        var after = await App.Reader().GetStringAsync("/api/campaigns/dagan100");
        Assert.Equal(JsonDocument.Parse(before).RootElement.GetProperty("lines").GetRawText(), JsonDocument.Parse(after).RootElement.GetProperty("lines").GetRawText());
    }
}
