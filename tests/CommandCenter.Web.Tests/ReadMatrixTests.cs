using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using ClosedXML.Excel;
using CommandCenter.Assessment;
using CommandCenter.Domain;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>
/// Every read endpoint and wall-hub method × every kind of caller: reads need an account (the wall a display token),
/// and are scoped like writes — a grid head reads their grids' cases, a unit head their unit's tasks' history,
/// cases and notices, viewers and the office everything.
/// </summary>
public sealed class ReadMatrixTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Matrix-Pa55word!";
    private static readonly string[] Callers = ["anonymous", "display token", "Viewer", "GridHead", "UnitHead", "Administrator"];
    private static readonly string[] Accounts = ["Viewer", "GridHead", "UnitHead", "Administrator"];
    private static readonly string[] Everyone = Accounts;
    private static readonly string[] Office = ["Administrator"];

    /// <summary>One read; <paramref name="Ok"/> is what an allowed caller gets (404 where the test makes nothing to find).</summary>
    private sealed record Read(string Name, string Path, string[] Allowed, int Ok = 200);

    /// <summary>
    /// The ids the reads ask for: a case of the grid head's grid with a photo, one of another grid, notices to 城防办
    /// and to another unit, an evidence file of 城防办's task.
    /// </summary>
    private sealed record Fixture(string OwnCase, string OtherCase, string OwnNotice, string OtherNotice, long Photo, string Evidence);

    private static string Week => ReportWeek.Current(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");

    /// <summary>The demo's previous month, which it publishes.</summary>
    private static string Period => AssessmentPeriod.Of(PeriodKind.Month, CampaignClock.Today(TimeProvider.System, "Asia/Shanghai")).Previous.Key;

    private static Read[] Reads(Fixture f) =>
    [
        new("campaigns", "/api/campaigns", Everyone),
        new("campaign", "/api/campaigns/dagan100", Everyone),
        new("task", "/api/tasks/dagan100.1.1", Everyone),
        new("history of 城防办's task", "/api/tasks/dagan100.1.1/history", ["Viewer", "UnitHead", "Administrator"]),
        new("history of another unit's task", "/api/tasks/dagan100.2.1/history", ["Viewer", "Administrator"]),
        new("evidence of 城防办's task", "/api/tasks/dagan100.1.1/evidence", ["Viewer", "UnitHead", "Administrator"]),
        new("evidence of another unit's task", "/api/tasks/dagan100.2.1/evidence", ["Viewer", "Administrator"]),
        new("task burn-up", "/api/tasks/dagan100.1.1/burnup", Everyone),
        new("campaign burn-up", "/api/campaigns/dagan100/burnup", Everyone),
        new("week's reports", "/api/campaigns/dagan100/reports", Everyone),
        new("plan export", "/api/campaigns/dagan100/export", Everyone),
        new("case rules", "/api/campaigns/dagan100/case-rules", Everyone),
        new("grids", "/api/grids", Everyone),
        new("grid stats", "/api/grids/JA-001/stats", Everyone),
        new("case stats", "/api/case-stats", Everyone),
        new("map", "/api/map", Everyone),
        new("campaign's map", "/api/map?campaignId=dagan100", Everyone),
        new("case of the grid head's grid", $"/api/cases/{f.OwnCase}", ["Viewer", "GridHead", "Administrator"]),
        new("case of another grid, dispatched to 城防办", $"/api/cases/{f.OtherCase}", ["Viewer", "UnitHead", "Administrator"]),
        new("notices", "/api/notices", Everyone),
        new("notice to 城防办", $"/api/notices/{f.OwnNotice}", ["Viewer", "UnitHead", "Administrator"]),
        new("notice to another unit", $"/api/notices/{f.OtherNotice}", ["Viewer", "Administrator"]),
        new("ledger", "/api/ledger/cases", Everyone),
        new("ledger of another grid", "/api/ledger/cases?grid=JA-002", ["Viewer", "UnitHead", "Administrator"]),
        new("ledger notices", "/api/ledger/notices", Everyone),
        new("ledger export", "/api/ledger/export", Everyone),
        new("case stats export", "/api/case-stats/export?campaignId=dagan100", Everyone),
        new("photo of a case of the grid head's grid", $"/api/cases/{f.OwnCase}/photos/{f.Photo}", ["Viewer", "GridHead", "Administrator"]),
        new("evidence file of 城防办's task", $"/api/evidence/{f.Evidence}", ["Viewer", "UnitHead", "Administrator"]),
        new("briefings", "/api/campaigns/dagan100/briefings", Everyone),
        new("briefing", $"/api/campaigns/dagan100/briefings/{Week}", Everyone),
        new("briefing document", $"/api/campaigns/dagan100/briefings/{Week}/document", Everyone),
        new("progress export", "/api/campaigns/dagan100/progress-export", Everyone),
        new("standings", "/api/campaigns/dagan100/standings", Everyone),
        new("assessment scheme", "/api/campaigns/dagan100/assessment", Everyone),
        new("adjustments", "/api/campaigns/dagan100/adjustments", Everyone),
        new("black-list events", "/api/campaigns/dagan100/blacklist-events", Everyone),
        new("published periods", "/api/campaigns/dagan100/periods", Everyone),
        new("published period", $"/api/campaigns/dagan100/periods/{Period}", Everyone),
        new("bulletin", $"/api/campaigns/dagan100/periods/{Period}/bulletin", ["Viewer", "Administrator"]),
        new("accountability", "/api/campaigns/dagan100/accountability", Everyone),
        new("display tokens", "/api/display-tokens", Office),
        new("accounts", "/api/users", Office),
        new("unit directory", "/api/units", Everyone),
        new("account audit", "/api/account-audit", Office),
        new("audit", "/api/audit?campaign=dagan100", Office),
        new("cluster", "/api/admin/cluster", Office),
        new("backups", "/api/admin/backups", Office),
        new("backup file", "/api/admin/backups/commandcenter-none.dump", Office, Ok: 404),
    ];

    private async Task<Fixture> Arrange(HttpClient admin)
    {
        await GridFiles.Import(admin);
        var own = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("JA-001")))).GetProperty("id").GetString()!;
        var other = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("JA-002")))).GetProperty("id").GetString()!;
        (await admin.PostAsJsonAsync($"/api/cases/{other}/transitions", new { to = "dispatched", unit = "城防办" })).EnsureSuccessStatusCode();
        var photo = (await GridFiles.Json(await admin.PostAsync($"/api/cases/{own}/photos", GridFiles.Photo(GridFiles.Png())))).GetProperty("photoIds")[0].GetInt64();
        var file = new ByteArrayContent(GridFiles.Png());
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var evidence = await admin.PostAsync("/api/tasks/dagan100.1.1/evidence", new MultipartFormDataContent { { file, "file", "现场.png" } });
        Assert.Equal(HttpStatusCode.Created, evidence.StatusCode);
        var published = await admin.PostAsync($"/api/campaigns/dagan100/periods/{Period}/publish", null);
        Assert.True(published.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"publishing {Period}: {published.StatusCode}");
        return new Fixture(own, other, await Notice(admin, "城防办", "dagan100.1.1"), await Notice(admin, "计划财务处", "dagan100.2.1"), photo,
            (await GridFiles.Json(evidence)).GetProperty("id").GetString()!);
    }

    private static async Task<string> Notice(HttpClient admin, string unit, string taskId)
    {
        var created = await admin.PostAsJsonAsync("/api/notices", new { unit, taskId, title = "督办", content = "内部要求：限期整改", deadline = DateTimeOffset.UtcNow.AddDays(2) });
        created.EnsureSuccessStatusCode();
        return (await GridFiles.Json(created)).GetProperty("id").GetString()!;
    }

    private async Task<(HttpClient Client, string? Token)> Caller(string who, HttpClient admin)
    {
        switch (who)
        {
            case "anonymous":
                return (App.Client(), null);
            case "display token":
                var token = await App.IssueDisplayToken("dagan100");
                var client = App.Client();
                client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                return (client, token);
            case "Administrator":
                return (admin, admin.DefaultRequestHeaders.Authorization!.Parameter);
            default:
                var userName = "reader-" + who.ToLowerInvariant();
                (await admin.PostAsJsonAsync("/api/users", new
                {
                    userName, password = Password, role = who, unit = who == "UnitHead" ? "城防办" : null, grids = who == "GridHead" ? new[] { "JA-001" } : null,
                })).EnsureSuccessStatusCode();
                var signedIn = await App.ClientFor(userName, Password);
                return (signedIn, signedIn.DefaultRequestHeaders.Authorization!.Parameter);
        }
    }

    [Fact]
    public async Task Every_read_endpoint_admits_exactly_the_callers_allowed()
    {
        var admin = await App.AdminClient();
        var reads = Reads(await Arrange(admin));
        var failures = new List<string>();
        foreach (var who in Callers)
        {
            var (client, _) = await Caller(who, admin);
            var signedIn = Accounts.Contains(who);
            foreach (var read in reads)
            {
                var code = (int)(await client.GetAsync(read.Path)).StatusCode;
                var expected = read.Allowed.Contains(who) ? read.Ok : signedIn ? 403 : 401;
                if (code != expected)
                {
                    failures.Add($"{who} → {read.Name}: {code}, expected {expected}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_get_endpoint_of_the_api_is_in_the_read_matrix()
    {
        var paths = Reads(new Fixture("JA-001.1", "JA-002.1", "n1", "n2", 1, Guid.Empty.ToString())).Select(r => r.Path.Split('?')[0]).ToList();
        var gets = App.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(p => p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/docs", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.True(gets.Count > 30, $"only {gets.Count} GET endpoints found: the test reads the wrong data source");
        var missing = gets.Where(pattern =>
        {
            var matcher = new TemplateMatcher(TemplateParser.Parse(pattern.TrimStart('/')), new RouteValueDictionary());
            return !paths.Any(path => matcher.TryMatch(path, new RouteValueDictionary()));
        }).ToList();
        Assert.True(missing.Count == 0, "GET endpoints the read matrix does not cover: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Lists_hold_only_what_the_caller_s_scope_covers()
    {
        var admin = await App.AdminClient();
        var f = await Arrange(admin);
        var (gridHead, _) = await Caller("GridHead", admin);
        var (unitHead, _) = await Caller("UnitHead", admin);

        var gridLedger = await gridHead.GetFromJsonAsync<JsonElement>("/api/ledger/cases");
        Assert.Equal([f.OwnCase], gridLedger.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var unitLedger = await unitHead.GetFromJsonAsync<JsonElement>("/api/ledger/cases");
        Assert.Equal([f.OtherCase], unitLedger.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));

        Assert.Empty((await unitHead.GetFromJsonAsync<JsonElement>("/api/notices?unit=计划财务处")).EnumerateArray());
        Assert.Equal([f.OwnNotice], (await unitHead.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Equal([f.OwnNotice], (await unitHead.GetFromJsonAsync<JsonElement>("/api/ledger/notices")).GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
        Assert.Empty((await gridHead.GetFromJsonAsync<JsonElement>("/api/notices")).EnumerateArray());
    }

    [Fact]
    public async Task A_unit_head_reads_the_texts_of_their_own_report_only_in_the_reports_and_in_the_briefing_draft()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = "计划财务处", workDone = "初稿：内部专项资金", problems = "缺口", nextWeek = "继续" })).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = "计划财务处", workDone = "内部：资金拨付情况", problems = "缺口", nextWeek = "继续" })).EnsureSuccessStatusCode();
        var (unitHead, _) = await Caller("UnitHead", admin);

        var seen = await unitHead.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports");
        var other = seen.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "计划财务处");
        Assert.Equal("onTime", other.GetProperty("status").GetString());
        Assert.Empty(JsonTexts.Found(seen, ["资金拨付", "初稿"]));
        Assert.Equal(["初稿"], JsonTexts.Found(await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports"), ["初稿"]));
        Assert.Contains("资金拨付", (await admin.GetStringAsync("/api/campaigns/dagan100/reports")));

        // The week's briefing draft is compiled from the same reports: there too, only their own unit's texts.
        (await unitHead.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = "城防办", workDone = "本单位：防汛演练", problems = "无", nextWeek = "巡查" })).EnsureSuccessStatusCode();
        var draft = $"/api/campaigns/dagan100/briefings/{Week}";
        Assert.Equal(["本单位：防汛演练"], JsonTexts.Found(await unitHead.GetFromJsonAsync<JsonElement>(draft), ["内部：资金拨付情况", "本单位：防汛演练"]));
        Assert.Equal(["内部：资金拨付情况", "本单位：防汛演练"], JsonTexts.Found(await admin.GetFromJsonAsync<JsonElement>(draft), ["内部：资金拨付情况", "本单位：防汛演练"]));
    }

    [Fact]
    public async Task Who_updated_a_task_and_their_note_reach_only_those_who_may_read_its_history_in_every_read_that_carries_the_task()
    {
        const string Note = "仅限本单位：资金缺口说明";
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        foreach (var (task, value) in new[] { ("dagan100.2.1", 4), ("dagan100.1.1", 6) })
        {
            var updated = await admin.PostAsJsonAsync($"/api/tasks/{task}/progress", new { value, note = Note });
            Assert.True(updated.IsSuccessStatusCode, $"{task}: {await updated.Content.ReadAsStringAsync()}");
        }

        var (unitHead, _) = await Caller("UnitHead", admin);
        var (gridHead, _) = await Caller("GridHead", admin);

        async Task<IReadOnlyList<string>> Exported(HttpClient client)
        {
            using var workbook = new XLWorkbook(await client.GetStreamAsync("/api/campaigns/dagan100/progress-export"));
            return workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).Where(t => t.Contains(Note, StringComparison.Ordinal)).ToList();
        }

        foreach (var reader in new[] { unitHead, gridHead })
        {
            var other = (await reader.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.2.1")).GetProperty("lastUpdate");
            Assert.Equal((4m, "", ""), (other.GetProperty("value").GetDecimal(), other.GetProperty("by").GetString(), other.GetProperty("note").GetString()));
        }

        // A unit head reads their own task's author and note, in the task, the campaign and the export; a grid head no task's.
        var own = (await unitHead.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.1")).GetProperty("lastUpdate");
        Assert.Equal(("admin", Note), (own.GetProperty("by").GetString(), own.GetProperty("note").GetString()));
        var campaign = await unitHead.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var notes = campaign.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.TryGetProperty("lastUpdate", out var u) && u.ValueKind == JsonValueKind.Object && u.GetProperty("note").GetString() == Note)
            .Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Equal(["dagan100.1.1"], notes);
        Assert.Single(await Exported(unitHead));
        Assert.Empty(JsonTexts.Found(await gridHead.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100"), [Note]));
        Assert.Empty(await Exported(gridHead));
        Assert.Equal(2, (await Exported(admin)).Count);
    }

    [Fact]
    public async Task Every_wall_hub_method_answers_accounts_and_display_tokens_and_shows_no_notice_texts_or_names()
    {
        var admin = await App.AdminClient();
        await Arrange(admin);
        foreach (var who in Callers.Where(c => c != "anonymous"))
        {
            var (_, token) = await Caller(who, admin);
            await using var wall = new HubConnectionBuilder()
                .WithUrl(new Uri(App.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult(token))
                .Build();
            var snapshots = Channel.CreateUnbounded<JsonElement>();
            wall.On<JsonElement>("Snapshot", s => snapshots.Writer.TryWrite(s));
            await wall.StartAsync();
            await wall.InvokeAsync("Subscribe", "dagan100");
            await snapshots.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));
            var notices = await wall.InvokeAsync<JsonElement>("Notices", "dagan100");
            Assert.Equal(2, notices.GetArrayLength());
            Assert.Empty(JsonTexts.Found(notices, ["内部要求"]));
            Assert.All(notices.EnumerateArray(), n => Assert.Equal("", n.GetProperty("issuedBy").GetString()));
            await wall.InvokeAsync<JsonElement>("Reports", "dagan100");
            Assert.Equal(JsonValueKind.Array, (await wall.InvokeAsync<JsonElement>("Grids", "dagan100")).GetProperty("grids").ValueKind);
            Assert.Equal(JsonValueKind.Array, (await wall.InvokeAsync<JsonElement>("Map", "dagan100")).GetProperty("cases").ValueKind);
            Assert.Equal("dagan100", (await wall.InvokeAsync<JsonElement>("Standings", "dagan100")).GetProperty("campaignId").GetString());
            await wall.InvokeAsync("Unsubscribe", "dagan100");
        }
    }
}
