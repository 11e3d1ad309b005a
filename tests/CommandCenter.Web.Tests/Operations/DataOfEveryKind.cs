using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests.Operations;

/// <summary>
/// One of each kind of data an office keeps — a task update with history and evidence, a weekly report, a case
/// with a photo (and its ledger row), a notice, accounts, a display token — made through the API, and the check
/// that a host (after a restore or an upgrade) still has all of it: the account signs in, the token shows the wall.
/// </summary>
public sealed record DataOfEveryKind(Guid EvidenceId, string CaseId, string NoticeId, string DisplayToken)
{
    public const string TaskId = "dagan100.1.1";
    public const string Note = "备份前的进度：物资清点完毕";
    public const decimal Value = 42;
    public const string Unit = "城防办";
    public const string UnitHead = "ops-unit-head";
    public const string Password = "Ops-Backup-Pa55!";
    public const string ReportText = "完成备份恢复演练";
    public const string NoticeTitle = "防汛物资储备滞后";
    public static readonly byte[] Evidence = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 4, 2];
    public static readonly byte[] Photo = GridFiles.Png(96);

    /// <summary>Makes each kind of data through <paramref name="admin"/>, a client of the office.</summary>
    public static async Task<DataOfEveryKind> Load(HttpClient admin, Func<string, string, Task<HttpClient>> signIn)
    {
        await GridFiles.Import(admin);
        (await admin.PostAsJsonAsync("/api/users", new { userName = UnitHead, password = Password, role = "UnitHead", unit = Unit })).EnsureSuccessStatusCode();

        var file = new ByteArrayContent(Evidence);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var evidence = await Created(await admin.PostAsync($"/api/tasks/{TaskId}/evidence", new MultipartFormDataContent { { file, "file", "现场照片.png" } }));
        var evidenceId = evidence.GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = Value, note = Note, evidence = new[] { evidenceId } })).EnsureSuccessStatusCode();

        using var head = await signIn(UnitHead, Password);
        (await head.PostAsJsonAsync("/api/campaigns/dagan100/reports", new { workDone = ReportText, problems = "", nextWeek = "继续" })).EnsureSuccessStatusCode();

        var caseId = (await Created(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;
        await Created(await admin.PostAsync($"/api/cases/{caseId}/photos", GridFiles.Photo(Photo)));

        var notice = await Created(await admin.PostAsJsonAsync("/api/notices",
            new { unit = Unit, taskId = TaskId, title = NoticeTitle, content = "请于期限内整改并回复", deadline = DateTimeOffset.UtcNow.AddDays(20) }));
        var token = await Created(await admin.PostAsJsonAsync("/api/display-tokens", new { name = "指挥大厅 1 号屏", campaignId = "dagan100" }));
        return new DataOfEveryKind(evidenceId, caseId, notice.GetProperty("id").GetString()!, token.GetProperty("token").GetString()!);
    }

    /// <summary>Asserts that the host at <paramref name="app"/> has every piece of this data.</summary>
    public async Task Verify(Uri app)
    {
        using var admin = await SignIn(app, "admin", CommandCenterApp.AdminPassword);
        var task = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}");
        Assert.Equal(Value, task.GetProperty("actual").GetDecimal());
        var history = await admin.GetStringAsync($"/api/tasks/{TaskId}/history");
        Assert.Contains(Note, history);
        Assert.Contains(EvidenceId.ToString(), history);
        Assert.Equal(Evidence, await admin.GetByteArrayAsync($"/api/evidence/{EvidenceId}"));

        using var head = await SignIn(app, UnitHead, Password); // the account and its password survived
        var reports = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/reports");
        var unitReport = reports.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == Unit);
        Assert.Equal(UnitHead, unitReport.GetProperty("submittedBy").GetString());

        var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{CaseId}");
        var photoId = Assert.Single(stored.GetProperty("photoIds").EnumerateArray()).GetInt64();
        Assert.Equal(Photo, await admin.GetByteArrayAsync($"/api/cases/{CaseId}/photos/{photoId}"));
        Assert.Contains(CaseId, await admin.GetStringAsync("/api/ledger/cases?grid=JA-001"));

        var notices = await admin.GetStringAsync($"/api/notices?unit={Uri.EscapeDataString(Unit)}");
        Assert.Contains(NoticeId, notices);
        Assert.Contains(NoticeTitle, notices);

        // The display token still opens the wall: a screen with it gets the campaign's snapshot (an unknown token is cut off).
        var snapshot = new TaskCompletionSource<JsonElement>();
        await using var screen = new HubConnectionBuilder()
            .WithUrl(new Uri(app, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(DisplayToken)).Build();
        screen.On<JsonElement>("Snapshot", s => snapshot.TrySetResult(s));
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");
        Assert.Contains(TaskId, (await snapshot.Task.WaitAsync(TimeSpan.FromSeconds(30))).GetRawText());
    }

    private static async Task<HttpClient> SignIn(Uri app, string userName, string password)
    {
        var client = new HttpClient { BaseAddress = app };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"{userName} cannot sign in: {(int)response.StatusCode}");
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
