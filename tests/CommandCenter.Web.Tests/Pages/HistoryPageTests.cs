namespace CommandCenter.Web.Tests.Pages;

/// <summary>The history pages as the server renders them for a signed-in user.</summary>
public sealed class HistoryPageTests(PostgresFixture postgres) : AppTests(postgres)
{
    [Fact]
    public async Task A_task_page_shows_every_history_entry_with_its_evidence_and_the_burn_up()
    {
        var admin = await App.AdminClient();
        var upload = new MultipartFormDataContent { { new ByteArrayContent(EvidenceTests.Pdf), "file", "验收单.pdf" } };
        var evidence = (await (await admin.PostAsync("/api/tasks/dagan100.1.4/evidence", upload)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.4/progress", new { value = 5, note = "第五次演练", evidence = new[] { evidence } })).EnsureSuccessStatusCode();
        var history = await admin.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/tasks/dagan100.1.4/history");

        using var page = new PageClient(App);
        await page.SignIn("admin", CommandCenterApp.AdminPassword);
        var html = await (await page.Get("/tasks/dagan100.1.4")).Content.ReadAsStringAsync().ContinueWith(t => WebUtility.HtmlDecode(t.Result));
        foreach (var entry in history.EnumerateArray())
        {
            Assert.Contains($"data-version=\"{entry.GetProperty("version").GetInt32()}\"", html);
        }

        Assert.Contains("第五次演练", html);
        Assert.Contains($"/api/evidence/{evidence}", html);
        Assert.Contains("验收单.pdf", html);
        Assert.Contains("data-scope=\"task:dagan100.1.4\"", html);
    }

    [Fact]
    public async Task The_audit_page_lists_the_campaign_s_changes_for_the_office()
    {
        (await (await App.AdminClient()).PostAsJsonAsync("/api/tasks/dagan100.2.1/progress", new { value = 10, note = "资金到位审计" })).EnsureSuccessStatusCode();
        using var page = new PageClient(App);
        await page.SignIn("admin", CommandCenterApp.AdminPassword);
        var html = await (await page.Get("/audit")).Content.ReadAsStringAsync().ContinueWith(t => WebUtility.HtmlDecode(t.Result));
        Assert.Contains("资金到位审计", html);
        Assert.Contains("/tasks/dagan100.2.1", html);
    }

    [Fact]
    public async Task A_line_s_burn_up_page_lists_its_tasks_and_the_office_may_clone_from_it()
    {
        using var page = new PageClient(App);
        await page.SignIn("admin", CommandCenterApp.AdminPassword);
        var html = await (await page.Get($"/campaigns/dagan100/burnup?line={Uri.EscapeDataString("四")}")).Content.ReadAsStringAsync().ContinueWith(t => WebUtility.HtmlDecode(t.Result));
        Assert.Contains("data-scope=\"line:四\"", html);
        Assert.Contains("/tasks/dagan100.4.1", html);
        Assert.Contains("data-action=\"clone\"", html);
        Assert.Contains("data-action=\"save-settings\"", html);
    }
}
