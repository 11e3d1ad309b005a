using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The office's forms pick from directories in Chromium: a notice's task and unit, a grid head's imported grids; 销号 waits for a confirmation.</summary>
public sealed class UnitPickerBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 30_000 };

    /// <summary>Opens a Radzen drop-down and clicks the option whose text is <paramref name="option"/>.</summary>
    private static async Task Pick(IPage page, ILocator dropDown, string option)
    {
        await dropDown.ClickAsync();
        var item = page.Locator($"li[aria-label='{option}']:visible");
        await item.WaitForAsync(Visible);
        await item.ClickAsync();
    }

    private static string Picture(string name) => Path.Combine(RepositoryFolder.Find(), "docs", "images", name);

    [Fact]
    public async Task A_notice_is_issued_by_picking_the_task_and_the_unit()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.SignInAsync(app, "/notices", "admin", CommandCenterApp.AdminPassword);
        var form = page.Locator("[data-notice-form]");

        await Pick(page, form.Locator("[data-picker='unit']"), "城防办");
        await Pick(page, form.Locator("[data-picker='task']"), "一 · 1.4 组织防汛应急抢险实战演练6次（市级综合演练2次、各区各1次）（城防办）");
        await form.Locator("[data-field='title']").FillAsync("应急演练进度滞后");
        await form.Locator("[data-field='content']").FillAsync("请于期限内完成第五次演练并回复");
        await page.ScreenshotAsync(new() { Path = Picture("notice-issue.png") });
        await form.Locator("[data-action='issue']").ClickAsync();

        var issued = page.Locator("[data-issued]");
        await issued.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var id = await issued.GetAttributeAsync("data-issued");
        await page.Locator($"[data-notice='{id}']").WaitForAsync(Visible);
        var notice = await app.Reader().GetFromJsonAsync<JsonElement>($"/api/notices/{id}");
        Assert.Equal(("城防办", "task", "dagan100.1.4", "应急演练进度滞后"),
            (notice.GetProperty("unit").GetString(), notice.GetProperty("subject").GetString(), notice.GetProperty("subjectId").GetString(), notice.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_grid_head_is_created_by_picking_imported_grids()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        await GridFiles.Import(await app.AdminClient());
        var page = await pages.SignInAsync(app, "/people", "admin", CommandCenterApp.AdminPassword);

        await page.Locator("[data-action='new-account']").ClickAsync();
        var form = page.Locator("[data-account-form]");
        await form.WaitForAsync(Visible);
        await form.Locator("[data-field='userName']").FillAsync("chengbei-wangge");
        await form.Locator("[data-field='password']").FillAsync("Chengbei-Pa55!");
        await Pick(page, form.Locator("[data-field='role']"), "网格长");
        var grids = form.Locator("[data-picker='grids']");
        await grids.WaitForAsync(Visible);
        await Pick(page, grids, "JA-001 城北一网格（城北街道）");
        await page.Locator("li[aria-label='JA-002 城北二网格（城北街道）']:visible").ClickAsync();
        await RadzenDropDowns.CloseOpenList(page);
        await page.ScreenshotAsync(new() { Path = Picture("account-grid-head.png") });
        await form.Locator("[data-action='save-account']").ClickAsync();

        await page.Locator("[data-user-grids='chengbei-wangge']").WaitForAsync(Visible);
        var users = await (await app.AdminClient()).GetFromJsonAsync<JsonElement>("/api/users");
        var head = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "chengbei-wangge");
        Assert.Equal("GridHead", head.GetProperty("role").GetString());
        Assert.Equal(["JA-001", "JA-002"], head.GetProperty("grids").EnumerateArray().Select(g => g.GetString()).Order(StringComparer.Ordinal));
        await app.ClientFor("chengbei-wangge", "Chengbei-Pa55!");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task Closing_a_notice_asks_for_confirmation_before_the_notice_is_closed(int width, int height)
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/notices",
            new { unit = "城防办", taskId = "dagan100.1.1", title = "防汛物资储备滞后", deadline = DateTimeOffset.UtcNow.AddDays(3) }))).GetProperty("id").GetString();
        var page = await pages.SignInAsync(app, "/notices", "admin", CommandCenterApp.AdminPassword, width, height);
        var actions = page.Locator($"[data-notice-actions='{id}']");

        await actions.Locator("[data-action='close']").ClickAsync();
        var dialog = page.Locator(".rz-dialog-confirm");
        await dialog.WaitForAsync(Visible);
        Assert.Contains("防汛物资储备滞后", await dialog.InnerTextAsync());
        if (width < 500)
        {
            await page.ScreenshotAsync(new() { Path = Picture("notice-close-confirm-phone.png") });
        }

        await dialog.Locator("button:has-text('取消')").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 30_000 });
        Assert.Equal("issued", (await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{id}")).GetProperty("status").GetString());

        await actions.Locator("[data-action='close']").ClickAsync();
        await dialog.WaitForAsync(Visible);
        await dialog.Locator("button:has-text('确定')").ClickAsync();
        await page.Locator($"[data-notice='{id}'][data-notice-status='Closed']").WaitForAsync(Visible);
        Assert.Equal("closed", (await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await page.Locator($"[data-notice-actions='{id}']").CountAsync());
    }
}
