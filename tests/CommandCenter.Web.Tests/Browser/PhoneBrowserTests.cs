using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The phone pages in Chromium at 390×844: a refused photo blocks a case report until it is removed; the reporter
/// withdraws a case after a confirmation; each role lands on its own page; the header is one line with a menu.
/// </summary>
public sealed class PhoneBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Phone-Pa55word!";

    private static Task Ready(IPage page) => page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });

    private static string Picture(string name) => Path.Combine(RepositoryFolder.Find(), "docs", "images", name);

    private static async Task<IPage> SignIn(BrowserPages pages, CommandCenterApp app, string userName, string password, string landing)
    {
        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/signin"), 390, 844);
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync(new Uri(app.BaseAddress, landing).ToString(), new() { Timeout = 30_000 });
        await Ready(page);
        return page;
    }

    private static async Task<int> CaseCount(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/api/ledger/cases?grid=JA-001")).GetProperty("total").GetInt32();

    [Fact]
    public async Task A_refused_photo_creates_nothing_until_it_is_removed_and_the_reporter_withdraws_the_case_after_confirming()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");
        await GridFiles.Account(app, "zhangsan", "GridHead", grids: ["JA-001"]);
        var page = await SignIn(pages, app, "zhangsan", GridFiles.Password, "/grid");

        await page.GotoAsync(new Uri(app.BaseAddress, "/cases/new?grid=JA-001").ToString());
        await Ready(page);
        await page.FillAsync("[data-field='description']", "路边堆放生活垃圾");
        await page.Locator("[data-field='photos']").SetInputFilesAsync(new FilePayload { Name = "不是照片.png", MimeType = "image/png", Buffer = "<html>hi</html>"u8.ToArray() });
        var refusal = page.Locator("[data-photo-refusal]");
        await refusal.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("JPEG", await refusal.InnerTextAsync());
        Assert.True(await page.Locator("[data-action='submit']").IsDisabledAsync());
        await page.EvalOnSelectorAsync("form.cc-case-form", "form => form.requestSubmit()"); // submitted anyway (the button is disabled)
        await page.Locator("[data-report-blocked='true']").WaitForAsync(new() { Timeout = 15_000 }); // the page took the submit and refused it
        Assert.EndsWith("/cases/new?grid=JA-001", page.Url);
        Assert.Equal(0, await CaseCount(admin));
        await page.ScreenshotAsync(new() { Path = Picture("case-photo-refused-phone.png") });

        await page.ClickAsync("[data-action='remove-photos']");
        await page.Locator("[data-photo-refusal]").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.False(await page.Locator("[data-action='submit']").IsDisabledAsync());
        Assert.Equal(0, await page.Locator("[data-field='photos']").EvaluateAsync<int>("input => input.files.length")); // the field is cleared
        await page.ClickAsync("[data-action='submit']");
        await page.WaitForURLAsync("**/cases/JA-001.1?reported=true", new() { Timeout = 15_000 });
        await page.Locator("[data-ready='true']:has([data-case='JA-001.1'])").WaitForAsync(new() { Timeout = 30_000 }); // the case page, interactive
        Assert.Equal(1, await CaseCount(admin));
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/cases/JA-001.1")).GetProperty("photoIds").EnumerateArray());

        // The reporter withdraws it within the hour: a reason, a confirmation (cancel first: nothing changes), then 作废.
        await page.ClickAsync("[data-action='withdraw']");
        await page.Locator("[data-withdraw-error]").WaitForAsync();                          // no reason yet
        await page.FillAsync("[data-field='withdraw-reason']", "重复上报");
        await page.ClickAsync("[data-action='withdraw']");
        var dialog = page.Locator(".rz-dialog");
        await dialog.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("不计入任何统计", await dialog.InnerTextAsync());
        await dialog.Locator("button:has-text('取消')").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("reported", (await admin.GetFromJsonAsync<JsonElement>("/api/cases/JA-001.1")).GetProperty("status").GetString());

        await page.ClickAsync("[data-action='withdraw']");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "作废", Exact = true }).ClickAsync();
        await page.Locator("[data-case='JA-001.1'][data-status='Withdrawn']").WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator(".rz-notification-item:has-text('已作废')").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("重复上报", await page.Locator("[data-withdrawn-reason]").InnerTextAsync());
        Assert.Equal(0, await page.Locator("[data-action='withdraw']").CountAsync());
        var stats = await app.Reader().GetFromJsonAsync<JsonElement>("/api/grids/JA-001/stats");
        Assert.Equal(0, stats.GetProperty("received").GetInt32());

        // Replaced instead of removed: the refused photo, then a real one in its place; the report goes with it.
        await page.GotoAsync(new Uri(app.BaseAddress, "/cases/new?grid=JA-001").ToString());
        await Ready(page);
        await page.FillAsync("[data-field='description']", "占道经营");
        var photos = page.Locator("[data-field='photos']");
        await photos.SetInputFilesAsync(new FilePayload { Name = "不是照片.png", MimeType = "image/png", Buffer = "<html>hi</html>"u8.ToArray() });
        await page.Locator("[data-photo-refusal]").WaitForAsync(new() { Timeout = 15_000 });
        await photos.SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = GridFiles.Png() });
        await page.Locator("[data-picked='1']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("[data-photo-refusal]").CountAsync());
        Assert.Equal(1, await CaseCount(admin));                                                 // only the withdrawn one so far
        await page.EvalOnSelectorAsync("form.cc-case-form", "form => { form.requestSubmit(); form.requestSubmit(); }"); // 上报 twice at once
        await page.WaitForURLAsync("**/cases/JA-001.2?reported=true", new() { Timeout = 15_000 });
        Assert.Single((await admin.GetFromJsonAsync<JsonElement>("/api/cases/JA-001.2")).GetProperty("photoIds").EnumerateArray());
        Assert.Equal(2, await CaseCount(admin));
    }

    [Fact]
    public async Task Closing_out_a_case_asks_for_confirmation_and_a_cancel_changes_nothing()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");
        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString()!;
        foreach (var (to, unit) in new[] { ("dispatched", "环卫处"), ("handling", (string?)null), ("rectified", null), ("verified", null) })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to, unit, note = "ok" })).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsync($"/api/cases/{id}/photos", GridFiles.Photo(GridFiles.Png()))).StatusCode);
        var page = await pages.SignInAsync(app, $"/cases/{id}", "admin", CommandCenterApp.AdminPassword, 390, 844);

        await page.ClickAsync("[data-action='closed']");
        var dialog = page.Locator(".rz-dialog");
        await dialog.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("销号后不能再变更", await dialog.InnerTextAsync());
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消", Exact = true }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal("verified", (await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")).GetProperty("status").GetString());

        await page.ClickAsync("[data-action='closed']");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "销号", Exact = true }).ClickAsync();
        await page.Locator($"[data-case='{id}'][data-status='Closed']").WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator(".rz-notification-item:has-text('已保存')").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("closed", (await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Each_role_lands_on_its_own_page_with_a_one_line_header_whose_menu_opens_the_links()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/campaigns/dagan100/clone",
            new { name = "大干实干一百天（第二轮）", startDate = DateTime.UtcNow.AddDays(-10).ToString("yyyy-MM-dd"), id = "dagan2" })).StatusCode);
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfangban", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        await GridFiles.Import(admin, campaignId: "dagan100");
        await GridFiles.Account(app, "zhangsan", "GridHead", grids: ["JA-001"]);

        var unitHead = await SignIn(pages, app, "chengfangban", Password, "/my");
        var header = await unitHead.Locator(".cc-nav").BoundingBoxAsync();
        Assert.True(header!.Height < 70, $"the header takes {header.Height} px on a phone");
        Assert.False(await unitHead.Locator("[data-nav='reports']").IsVisibleAsync());      // behind the menu
        var sections = await unitHead.Locator("[data-campaign-tasks]").EvaluateAllAsync<string[]>("s => s.map(x => x.dataset.campaignTasks)");
        Assert.Equal(["dagan100", "dagan2"], sections.Order().ToArray());
        Assert.Contains("大干实干一百天（第二轮）", await unitHead.Locator("[data-campaign-tasks='dagan2'] .cc-campaign-name").InnerTextAsync());
        Assert.True(await unitHead.Locator("[data-campaign-tasks='dagan2'] [data-task^='dagan2.']").CountAsync() > 0);
        Assert.Equal(0, await unitHead.Locator("[data-campaign-tasks='dagan2'] [data-task^='dagan100.']").CountAsync());
        await unitHead.ScreenshotAsync(new() { Path = Picture("my-tasks-by-campaign-phone.png") });

        await unitHead.ClickAsync("[data-nav-toggle]");
        await unitHead.Locator("[data-menu-open='true']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.True(await unitHead.Locator("[data-nav='reports']").IsVisibleAsync());
        Assert.True(await unitHead.Locator("[data-nav='inbox']").IsVisibleAsync());
        Assert.Equal(0, await unitHead.Locator("[data-nav='audit']").CountAsync());
        await unitHead.ScreenshotAsync(new() { Path = Picture("menu-phone.png") });
        await unitHead.ClickAsync("[data-nav='reports']");
        await unitHead.WaitForURLAsync("**/reports");
        await Ready(unitHead);
        await unitHead.Locator("[data-menu-open='false']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.False(await unitHead.Locator("[data-nav='reports']").IsVisibleAsync());

        var gridHead = await SignIn(pages, app, "zhangsan", GridFiles.Password, "/grid");
        await gridHead.Locator("[data-grid='JA-001']").WaitForAsync();

        var office = await SignIn(pages, app, "admin", CommandCenterApp.AdminPassword, "/today");
        await office.Locator("[data-today='dagan100']").WaitForAsync();
        await office.Locator("[data-today='dagan2']").WaitForAsync();
        foreach (var kpi in new[] { "tasks", "reports", "notices", "cases" })
        {
            Assert.Equal(1, await office.Locator($"[data-today='dagan100'] [data-today-kpi='{kpi}']").CountAsync());
        }

        await office.Locator("[data-today='dagan100'] [data-today-chart] svg").First.WaitForAsync(new() { Timeout = 15_000 }); // each line's progress against time is drawn
        Assert.True(await office.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "today's page scrolls sideways on a phone");
        await office.ScreenshotAsync(new() { Path = Picture("today-phone.png"), FullPage = true });
    }
}
