using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>A unit head on a phone (Chromium at 390×844): signs in, updates a task with a photo, meets a conflict and retries.</summary>
public sealed class MyTasksBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Phone-Pa55word!";
    private const string TaskId = "dagan100.1.4"; // 城防办, quantity, target 6

    [Fact]
    public async Task A_unit_head_signs_in_on_a_phone_updates_a_task_with_a_photo_and_retries_after_a_conflict()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfangban", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();

        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/my"), 390, 844);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", "chengfangban");
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/my");
        await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal(0, await page.Locator("[data-task='dagan100.2.1']").CountAsync()); // another unit's task is not offered

        var card = page.Locator($"[data-task='{TaskId}']");
        await card.Locator("[data-field='value']").FillAsync("5");
        await card.Locator("[data-field='note']").FillAsync("完成5处应急物资点检查");
        await card.Locator("input[type='file']").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = EvidenceTests.Png });
        await card.Locator("[data-action='submit']").ClickAsync();
        await card.Locator(".cc-ok").WaitForAsync(new() { Timeout = 15_000 });

        var task = await app.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}");
        Assert.Equal(5m, task.GetProperty("actual").GetDecimal());
        var history = await admin.GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}/history");
        var last = history[history.GetArrayLength() - 1];
        Assert.Equal("chengfangban", last.GetProperty("by").GetString());
        Assert.Equal("完成5处应急物资点检查", last.GetProperty("note").GetString());
        var evidenceId = Assert.Single(last.GetProperty("evidenceIds").EnumerateArray()).GetGuid();
        Assert.Equal(EvidenceTests.Png, await admin.GetByteArrayAsync($"/api/evidence/{evidenceId}"));

        // Someone else updates the task while the page still shows the version it was based on.
        (await admin.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 4, note = "办公室核减" })).EnsureSuccessStatusCode();
        await card.Locator("[data-field='value']").FillAsync("6");
        await card.Locator("[data-action='submit']").ClickAsync();
        var conflict = card.Locator(".cc-conflict");
        await conflict.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("4", await conflict.Locator("[data-current-actual]").InnerTextAsync());
        Assert.Equal(4m, (await app.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}")).GetProperty("actual").GetDecimal());

        await conflict.Locator("[data-action='retry']").ClickAsync();
        await card.Locator(".cc-ok").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(6m, (await app.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}")).GetProperty("actual").GetDecimal());

        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        Assert.True(fits, "the page scrolls sideways on a phone");
        var folder = Path.Combine(RepositoryFolder.Find(), "docs", "images");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "my-tasks-phone.png") });
    }
}
