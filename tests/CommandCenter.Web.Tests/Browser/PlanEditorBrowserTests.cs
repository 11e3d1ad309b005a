using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The plan editor in Chromium: a task edited in a dialog is saved with a toast; a lagging task says why beside its badge.</summary>
public sealed class PlanEditorBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 20_000 };

    [Fact]
    public async Task Saving_a_task_in_the_plan_editor_closes_its_dialog_shows_a_toast_and_keeps_its_progress()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var before = await app.Reader().GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.4");
        var page = await pages.SignInAsync(app, "/campaigns/dagan100/plan", "admin", CommandCenterApp.AdminPassword, 1440, 900);

        await page.ClickAsync("[data-action='edit-task'][data-task-id='dagan100.1.4']");
        var dialog = page.Locator(".rz-dialog .cc-task-form[data-editing='dagan100.1.4']");
        await dialog.WaitForAsync(Visible);
        await dialog.Locator("[data-field='task-title']").FillAsync("组织防汛应急演练（调整）");
        await dialog.Locator("[data-action='save-task']").ClickAsync();

        await page.Locator(".rz-notification-item:has-text('已保存任务')").WaitForAsync(Visible);
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 20_000 });
        await page.Locator("[data-task='dagan100.1.4']:has-text('组织防汛应急演练（调整）')").WaitForAsync(Visible);

        var after = await app.Reader().GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.1.4");
        Assert.Equal("组织防汛应急演练（调整）", after.GetProperty("title").GetString());
        Assert.Equal(before.GetProperty("actual").ToString(), after.GetProperty("actual").ToString());
    }

    [Fact]
    public async Task A_lagging_task_on_the_structure_page_says_its_progress_and_time_beside_the_badge()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var snapshot = await app.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var lagging = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .First(t => t.GetProperty("status").GetString() == "lagging");
        var id = lagging.GetProperty("id").GetString();
        var expected = $"进度 {Percent(lagging.GetProperty("progress"))} < 时间 {Percent(lagging.GetProperty("timeElapsed"))}";

        var page = await pages.SignInAsync(app, "/campaigns/dagan100/plan", "admin", CommandCenterApp.AdminPassword, 1440, 900);
        var row = page.Locator($"tr:has([data-task='{id}'])");
        await row.WaitForAsync(Visible);
        Assert.Equal(expected, (await row.Locator("[data-reason='Lagging']").InnerTextAsync()).Trim());
    }

    [Fact]
    public async Task A_browser_preferring_english_gets_the_structure_page_and_its_lag_reasons_in_english_only()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(app.BaseAddress, "/campaigns/dagan100/plan").ToString());
            await page.WaitForURLAsync("**/signin?*");
            await page.FillAsync("#username", "admin");
            await page.FillAsync("#password", CommandCenterApp.AdminPassword);
            await page.ClickAsync("#signin");
            await page.WaitForURLAsync("**/campaigns/dagan100/plan");
            await page.Locator(".cc-plan[data-ready='true']").WaitForAsync(Visible);

            Assert.Equal("Add a line of effort", (await page.Locator("[data-action='add-line'] .rz-button-text").TextContentAsync())?.Trim());
            var reason = (await page.Locator("tr [data-reason='Lagging']").First.InnerTextAsync()).Trim(); // a task's, not a line's
            Assert.Matches(@"^progress \d+ % < time \d+ %$", reason);
            await page.ClickAsync("[data-action='edit-task'][data-task-id='dagan100.1.4']");
            var dialog = page.Locator(".rz-dialog .cc-task-form");
            await dialog.WaitForAsync(Visible);
            Assert.Contains("Unit of measure", await dialog.InnerTextAsync());
            Assert.DoesNotContain("计量单位", await dialog.InnerTextAsync());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Percent(JsonElement share) => (share.GetDouble() * 100).ToString("0", CultureInfo.InvariantCulture) + " %";
}
