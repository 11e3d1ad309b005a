using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Walls are private by default: a screen needs a display token (or an account), unless <c>Wall:Public</c>.</summary>
public sealed class WallAccessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private CommandCenterApp App { get; set; } = null!;

    public async Task InitializeAsync() => App = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static HubConnection Screen(CommandCenterApp app, string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult(token))
        .Build();

    /// <summary>Connects and waits for what the hub says first: the message it refused with, or a snapshot.</summary>
    private static async Task<string> FirstWord(HubConnection screen, string campaignId = "dagan100")
    {
        var said = Channel.CreateUnbounded<string>();
        screen.On("TokenRequired", () => said.Writer.TryWrite("TokenRequired"));
        screen.On("Revoked", () => said.Writer.TryWrite("Revoked"));
        screen.On<JsonElement>("Snapshot", _ => said.Writer.TryWrite("Snapshot"));
        screen.Closed += _ => { said.Writer.TryWrite("Closed"); return Task.CompletedTask; };
        await screen.StartAsync();
        _ = screen.InvokeAsync("Subscribe", campaignId).ContinueWith(_ => { });
        return await said.Reader.ReadAsync().AsTask().WaitAsync(Wait);
    }

    [Fact]
    public async Task An_anonymous_wall_connection_is_refused_with_token_required_unless_walls_are_public()
    {
        await using var anonymous = Screen(App, null);
        Assert.Equal("TokenRequired", await FirstWord(anonymous));

        await using var open = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?> { ["Wall:Public"] = "true" });
        await using var onPublicWall = Screen(open, null);
        Assert.Equal("Snapshot", await FirstWord(onPublicWall));
    }

    [Fact]
    public async Task A_revoked_display_token_cannot_reconnect_and_a_screen_that_drops_it_is_not_let_in_either()
    {
        var admin = await App.AdminClient();
        var issued = await (await admin.PostAsJsonAsync("/api/display-tokens", new { name = "指挥大厅 2 号屏", campaignId = "dagan100" })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        await using (var screen = Screen(App, token))
        {
            Assert.Equal("Snapshot", await FirstWord(screen));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/display-tokens/{issued.GetProperty("id").GetString()}")).StatusCode);

        await using var reconnect = Screen(App, token);
        Assert.Equal("Revoked", await FirstWord(reconnect));
        await using var withoutToken = Screen(App, null);
        Assert.Equal("TokenRequired", await FirstWord(withoutToken));
    }

    [Fact]
    public async Task A_display_token_is_bound_to_its_campaign_on_every_hub_method()
    {
        var token = await App.IssueDisplayToken("dagan100");
        await using var screen = Screen(App, token);
        Assert.Equal("Snapshot", await FirstWord(screen));
        foreach (var method in new[] { "Resume", "Reports", "Grids", "Notices" })
        {
            object?[] arguments = method == "Resume" ? ["other-campaign", -1L] : ["other-campaign"];
            await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => screen.InvokeCoreAsync<object>(method, arguments));
        }
    }
    [Fact]
    public async Task A_wall_connection_receives_no_name_note_or_text_in_any_snapshot_frame_or_catch_up_while_the_office_reads_them_all()
    {
        const string Head = "wall-secret-head", Reporter = "wall-secret-grid", Note = "墙上勿显的进度备注", WorkDone = "墙上勿显的周报正文",
            Content = "墙上勿显的督办内容", Answer = "墙上勿显的整改答复", Description = "墙上勿显的案件描述", Location = "墙上勿显的案件地点",
            CaseNote = "墙上勿显的派遣说明";
        string[] secrets = [Head, Reporter, Note, WorkDone, Content, Answer, Description, Location, CaseNote];
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        var unitHead = await GridFiles.Account(App, Head, "UnitHead", unit: "城防办");
        var gridHead = await GridFiles.Account(App, Reporter, "GridHead", grids: ["JA-001"]);

        var received = new ConcurrentQueue<(string Kind, JsonElement Body)>();
        var changes = Channel.CreateUnbounded<JsonElement>();
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        void Listen(HubConnection screen)
        {
            screen.On<JsonElement>("Snapshot", s => { received.Enqueue(("Snapshot", s)); snapshots.Writer.TryWrite(s); });
            screen.On<JsonElement>("Changes", f => { received.Enqueue(("Changes", f)); foreach (var c in f.EnumerateArray()) changes.Writer.TryWrite(c); });
            screen.On<JsonElement>("CaseChanged", c => received.Enqueue(("CaseChanged", c)));
            screen.On<JsonElement>("Standings", b => received.Enqueue(("Standings", b)));
        }

        var token = await App.IssueDisplayToken("dagan100");
        await using var screen = Screen(App, token);
        Listen(screen);
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");
        var before = (await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait)).GetProperty("sequence").GetInt64();

        // Everything that carries a name or a text: a task update, a weekly report, a notice and its answer, a case and its dispatch.
        (await unitHead.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 7, note = Note })).EnsureSuccessStatusCode();
        foreach (var version in new[] { "（初稿）", "" })
        {
            (await unitHead.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = "城防办", workDone = WorkDone + version, problems = WorkDone, nextWeek = WorkDone })).EnsureSuccessStatusCode();
        }

        var notice = await GridFiles.Json(await admin.PostAsJsonAsync("/api/notices", new { unit = "城防办", taskId = "dagan100.1.1", title = "督办", content = Content, deadline = DateTimeOffset.UtcNow.AddDays(2) }));
        (await unitHead.PostAsJsonAsync($"/api/notices/{notice.GetProperty("id").GetString()}/answer", new { text = Answer })).EnsureSuccessStatusCode();
        var reported = await gridHead.PostAsJsonAsync("/api/cases", new { gridCode = "JA-001", category = "市容环境", subcategory = "道路保洁", source = "patrol", description = Description, location = Location });
        var caseId = (await GridFiles.Json(reported)).GetProperty("id").GetString()!;
        (await gridHead.PostAsJsonAsync($"/api/cases/{caseId}/transitions", new { to = "dispatched", unit = "城防办", note = CaseNote })).EnsureSuccessStatusCode();

        // The update reaches the wall live, again as a catch-up from the earlier sequence, and in a fresh snapshot.
        async Task<JsonElement> UpdateOf11()
        {
            while (true)
            {
                var change = await changes.Reader.ReadAsync().AsTask().WaitAsync(Wait);
                if (change.GetProperty("task").GetProperty("id").GetString() == "dagan100.1.1")
                {
                    return change.GetProperty("task");
                }
            }
        }

        var live = await UpdateOf11();
        await screen.InvokeAsync("Resume", "dagan100", before);
        var caughtUp = await UpdateOf11();
        await using var later = Screen(App, token);
        Listen(later);
        await later.StartAsync();
        await later.InvokeAsync("Subscribe", "dagan100");
        var snapshotTask = (await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait)).GetProperty("lines").EnumerateArray()
            .SelectMany(l => l.GetProperty("tasks").EnumerateArray()).Single(t => t.GetProperty("id").GetString() == "dagan100.1.1");
        foreach (var task in new[] { live, caughtUp, snapshotTask })
        {
            Assert.Equal((7m, 7m), (task.GetProperty("actual").GetDecimal(), task.GetProperty("lastUpdate").GetProperty("value").GetDecimal()));
        }

        foreach (var method in new[] { "Reports", "Grids", "Notices", "Standings" })
        {
            received.Enqueue((method, await screen.InvokeAsync<JsonElement>(method, "dagan100")));
        }

        var answered = received.Single(r => r.Kind == "Notices").Body.EnumerateArray().Single();
        Assert.Equal("answered", answered.GetProperty("status").GetString());
        var leaks = received.Select(r => (r.Kind, Found: JsonTexts.Found(r.Body, secrets))).Where(r => r.Found.Count > 0).Select(r => $"{r.Kind}: {string.Join(", ", r.Found)}").ToList();
        Assert.Empty(leaks);

        // The office's reads still carry all of it.
        var office = await admin.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.1");
        Assert.Equal((Head, Note), (office.GetProperty("lastUpdate").GetProperty("by").GetString(), office.GetProperty("lastUpdate").GetProperty("note").GetString()));
        var officeNotice = await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{notice.GetProperty("id").GetString()}");
        Assert.Equal([Content, Answer], JsonTexts.Found(officeNotice, [Content, Answer]));
        Assert.Equal([WorkDone], JsonTexts.Found(await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports"), [WorkDone]));
        Assert.Equal([Reporter, Description, Location, CaseNote], JsonTexts.Found(await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}"), [Reporter, Description, Location, CaseNote]));
    }
}
