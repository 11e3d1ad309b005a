using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The wall in a real browser (Debian's Chromium), against the real host on real PostgreSQL.</summary>
public sealed class WallBrowserTests(PostgresFixture postgres) : BrowserTests
{
    /// <summary>Reports the task's full target through <paramref name="app"/>, which changes its line's progress.</summary>
    private static async Task CompleteTask(CommandCenterApp app, string taskId)
    {
        var client = await app.AdminClient();
        var task = await client.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        var target = task.GetProperty("target").GetProperty("value").GetDecimal();
        (await client.PostAsJsonAsync($"/api/tasks/{taskId}/progress", new { value = target, note = "浏览器测试" })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task An_update_made_through_the_API_appears_on_an_open_wall()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=overview")));
        await wall.WaitUntilLive();
        var before = await wall.LineProgress("八");

        await CompleteTask(app, "dagan100.8.1");

        await wall.WaitForLineProgressChange("八", before);
        await wall.Page.Locator(".cc-feed-item[data-task='dagan100.8.1']").WaitForAsync(new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task A_wall_opened_after_an_update_shows_it_in_the_live_feed_at_once_and_no_loading_sign()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await CompleteTask(app, "dagan100.8.1");

        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=overview")));
        await wall.WaitUntilLive();

        // The first snapshot brings the change: no "waiting for updates", and no further change is made here.
        Assert.Equal(1, await wall.Page.Locator(".cc-feed-item[data-task='dagan100.8.1']").CountAsync());
        Assert.Equal(0, await wall.Page.GetByText("等待更新").CountAsync());
        Assert.False(await wall.Page.Locator(".cc-wall-loading").IsVisibleAsync());
    }

    [Fact]
    public async Task A_wall_left_open_through_a_server_restart_shows_the_update_made_during_the_outage()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        var first = CommandCenterApp.Start(connectionString);
        var port = first.Port;
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await first.WallAddress("/wall/dagan100?pages=overview")));
        await wall.WaitUntilLive();
        var before = await wall.LineProgress("八");

        await first.DisposeAsync();
        await wall.WaitUntilStale(); // the screen says plainly that it has lost the server

        // While the screen's server is down, the update is made through another host of the same deployment.
        await using (var other = CommandCenterApp.Start(connectionString))
        {
            await CompleteTask(other, "dagan100.8.2");
        }

        await using var restarted = CommandCenterApp.Start(connectionString, port);
        var after = await wall.WaitForLineProgressChange("八", before);
        await wall.WaitUntilLive();
        Assert.NotEqual(before, after);
    }

    [Fact]
    public async Task A_screen_opened_with_a_display_token_shows_the_wall_until_the_token_is_revoked()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var admin = await app.AdminClient();
        var issued = await (await admin.PostAsJsonAsync("/api/display-tokens", new { name = "1号屏", campaignId = "dagan100" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, new Uri(app.BaseAddress, issued.GetProperty("wallUrl").GetString()!)));
        await wall.WaitUntilLive();
        Assert.Equal(0, await wall.Page.Locator("a, button, input, nav").CountAsync()); // no chrome, nothing to click

        (await admin.DeleteAsync($"/api/display-tokens/{issued.GetProperty("id").GetString()}")).EnsureSuccessStatusCode();

        await wall.Page.Locator("[data-state='revoked']").WaitForAsync(new() { Timeout = 15_000 });
    }

    [Theory]
    [InlineData(1920, 1080, "overview", "wall-1080p.png")]
    [InlineData(1920, 1080, "tasks", "wall-tasks-1080p.png")]
    [InlineData(1920, 1080, "reports", "wall-reports-1080p.png")]
    [InlineData(3840, 2160, "overview", "wall-4k.png")]
    public async Task The_wall_fits_the_screen_without_scroll_bars(int width, int height, string page, string screenshot)
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress($"/wall/dagan100?pages={page}"), width, height));
        await wall.WaitUntilLive();
        await CompleteTask(app, "dagan100.6.1"); // something in the live feed
        (await (await app.AdminClient()).PostAsJsonAsync("/api/campaigns/dagan100/reports", new { unit = "城防办", workDone = "完成第三次演练" })).EnsureSuccessStatusCode();
        if (page == "reports")
        {
            await wall.Page.Locator(".cc-report[data-unit='城防办'][data-report-status='OnTime'], .cc-report[data-unit='城防办'][data-report-status='Late']")
                .WaitForAsync(new() { Timeout = 20_000 });
        }

        await Task.Delay(1500);

        var (fitsWidth, fitsHeight) = await wall.Fits();
        Assert.True(fitsWidth, "horizontal scroll bar");
        Assert.True(fitsHeight, "vertical scroll bar");

        var folder = Path.Combine(RepositoryFolder.Find(), "docs", "images");
        Directory.CreateDirectory(folder);
        await wall.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, screenshot) });
    }
}
