using System.Text.Json;
using ClosedXML.Excel;
using CommandCenter.Web.Features.Cases;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The grid and case pages in Chromium: a grid head on a phone (390×844) reports a case with a photo and dispatches it;
/// a unit head answers a supervision notice in the inbox; the office filters the ledger, exports it and issues a notice.
/// </summary>
public sealed class GridCaseBrowserTests(PostgresFixture postgres) : BrowserTests
{
    /// <summary>A real 24×24 PNG, so the page can show it.</summary>
    private static readonly byte[] Photo = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAAAH0lEQVR4nGPQWBBFFcQwatCoQaMGjRo0atCoQQNvEADfIIyfPcKnQQAAAABJRU5ErkJggg==");

    private readonly List<IPage> _pages = [];

    private async Task<IPage> SignIn(CommandCenterApp app, string path, string userName, string password, int width = 1280, int height = 900)
    {
        var page = await Chromium.OpenAsync(Browser, new Uri(app.BaseAddress, path), width, height);
        _pages.Add(page);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**" + path);
        await Ready(page);
        return page;
    }

    /// <summary>Closes the pages (and so their server circuits) before the host stops, so its shutdown never waits on an open connection.</summary>
    private async Task ClosePages()
    {
        foreach (var page in _pages)
        {
            await page.CloseAsync();
        }

        _pages.Clear();
    }

    private static Task Ready(IPage page) => page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 20_000 });

    private static async Task<string> Report(HttpClient client, string grid, string description)
    {
        var created = await client.PostAsJsonAsync("/api/cases", new { gridCode = grid, category = "市容环境", subcategory = "暴露垃圾", source = "hotline", description });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await GridFiles.Json(created)).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task A_grid_head_on_a_phone_sees_their_grid_reports_a_case_with_a_photo_and_dispatches_it_but_never_another_grids_case()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");
        await GridFiles.Account(app, "zhangsan", "GridHead", grids: ["JA-001"]);
        var old = new { category = "市容环境", subcategory = "道路保洁", source = "hotline", description = "老旧投诉未处理", reportedAt = DateTimeOffset.UtcNow.AddDays(-30), reportedBy = "12345", status = "dispatched", unit = "环卫处" };
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/grids/JA-001/cases/import", new[] { old })).StatusCode); // JA-001.1, overdue
        var otherGrid = await Report(admin, "JA-002", "别的网格的案件");

        var page = await SignIn(app, "/grid", "zhangsan", GridFiles.Password, 390, 844);
        await page.Locator("[data-grid='JA-001']").WaitForAsync();
        Assert.Equal("1", await page.Locator("[data-kpi='overdue'] b").InnerTextAsync());
        Assert.Equal("true", await page.Locator("[data-case='JA-001.1']").GetAttributeAsync("data-overdue"));
        Assert.Equal(0, await page.Locator("[data-case^='JA-002']").CountAsync());

        await page.ClickAsync("[data-action='report']");
        await page.WaitForURLAsync("**/cases/new?grid=JA-001");
        await Ready(page);
        await RadzenDropDowns.Choose(page, "category", "市容环境");
        await RadzenDropDowns.Choose(page, "subcategory", "暴露垃圾");
        await RadzenDropDowns.Choose(page, "source", "巡查");
        await page.FillAsync("[data-field='location']", "人民路 88 号门前");
        await page.FillAsync("[data-field='description']", "路边堆放生活垃圾");
        var photos = page.Locator("[data-field='photos']");
        await photos.SetInputFilesAsync(new FilePayload { Name = "太大.png", MimeType = "image/png", Buffer = GridFiles.Png(PhotoRules.MaxBytes + 1) });
        Assert.Contains("5 MB", await page.Locator(".cc-error").InnerTextAsync());
        await photos.SetInputFilesAsync(new FilePayload { Name = "不是照片.png", MimeType = "image/png", Buffer = "<html>hi</html>"u8.ToArray() });
        await page.Locator(".cc-error:has-text('JPEG')").WaitForAsync(new() { Timeout = 15_000 });
        await photos.SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = Photo });
        await page.Locator("[data-picked='1']").WaitForAsync(new() { Timeout = 15_000 });
        await page.ClickAsync("[data-action='submit']");
        await page.WaitForURLAsync("**/cases/JA-001.2?reported=true", new() { Timeout = 15_000 });
        await Ready(page);

        var reported = await admin.GetFromJsonAsync<JsonElement>("/api/cases/JA-001.2");
        Assert.Equal(("reported", "zhangsan", "路边堆放生活垃圾", "人民路 88 号门前", "patrol"),
            (reported.GetProperty("status").GetString(), reported.GetProperty("reportedBy").GetString(), reported.GetProperty("description").GetString(),
             reported.GetProperty("location").GetString(), reported.GetProperty("source").GetString()));
        var photoId = Assert.Single(reported.GetProperty("photoIds").EnumerateArray()).GetInt64();
        Assert.Equal(Photo, await admin.GetByteArrayAsync($"/api/cases/JA-001.2/photos/{photoId}"));
        await page.Locator("[data-photos='1'] img").WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelector(\"[data-photos='1'] img\").naturalWidth === 24"); // shown with the sign-in cookie

        await RadzenDropDowns.Choose(page, "unit", "环卫处");
        await page.FillAsync("[data-field='note']", "请环卫处清运");
        await page.ClickAsync("[data-action='dispatched']");
        await page.Locator("[data-case='JA-001.2'][data-status='Dispatched']").WaitForAsync(new() { Timeout = 15_000 });
        var dispatched = await admin.GetFromJsonAsync<JsonElement>("/api/cases/JA-001.2");
        Assert.Equal(("dispatched", "环卫处"), (dispatched.GetProperty("status").GetString(), dispatched.GetProperty("unit").GetString()));
        Assert.Equal("请环卫处清运", dispatched.GetProperty("steps")[1].GetProperty("note").GetString());
        Assert.Equal(0, await page.Locator("[data-action='handling']").CountAsync()); // handling is the unit's step, not the grid head's
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the case page scrolls sideways on a phone");

        // A step the lifecycle no longer allows (the office dispatched the case meanwhile) shows the 409 reason and changes nothing.
        var raced = await Report(admin, "JA-001", "同时被派遣的案件");
        await page.GotoAsync(new Uri(app.BaseAddress, $"/cases/{raced}").ToString());
        await Ready(page);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{raced}/transitions", new { to = "dispatched", unit = "城管执法局" })).StatusCode);
        await RadzenDropDowns.Choose(page, "unit", "环卫处");
        await page.ClickAsync("[data-action='dispatched']");
        var refusal = page.Locator("[data-refusal]");
        await refusal.WaitForAsync(new() { Timeout = 15_000 });
        Assert.Contains("dispatched", await refusal.InnerTextAsync());
        var unchanged = await admin.GetFromJsonAsync<JsonElement>($"/api/cases/{raced}");
        Assert.Equal(("城管执法局", 1), (unchanged.GetProperty("unit").GetString(), unchanged.GetProperty("steps").GetArrayLength() - 1));

        // Another grid's case is not shown, and nothing on the page can change it.
        await page.GotoAsync(new Uri(app.BaseAddress, $"/cases/{otherGrid}").ToString());
        await Ready(page);
        await page.Locator("[data-page='case-missing']").WaitForAsync();
        Assert.DoesNotContain("别的网格的案件", await page.ContentAsync());
        Assert.Equal(0, await page.Locator("button[data-action]").CountAsync());

        await page.GotoAsync(new Uri(app.BaseAddress, "/grid").ToString());
        await Ready(page);
        await page.Locator("[data-open-count='3']").WaitForAsync(new() { Timeout = 15_000 });
        var order = await page.Locator("[data-case]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.case)");
        Assert.Equal("JA-001.1", order[0]); // overdue first
        Assert.Contains("JA-001.2", order);

        var fits = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
        Assert.True(fits, "the grid page scrolls sideways on a phone");

        // A case reported elsewhere (the hotline, through the API) appears on the open page at once: the page re-reads
        // on the grid's change; its fallback re-read comes only after a minute.
        var hotline = await Report(admin, "JA-001", "热线转来的案件");
        await page.Locator($"[data-case='{hotline}']").WaitForAsync(new() { Timeout = 10_000 });
        await page.Locator("[data-open-count='4']").WaitForAsync(new() { Timeout = 5_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "my-grid-phone.png") });
        await ClosePages();
    }

    [Fact]
    public async Task A_unit_head_answers_a_supervision_notice_in_the_inbox_shown_in_its_colour_stage()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();
        await GridFiles.Account(app, "chengfangban", "UnitHead", unit: "城防办");
        async Task<string> Issue(string unit, string title) =>
            (await GridFiles.Json(await admin.PostAsJsonAsync("/api/notices", new { unit, taskId = "dagan100.1.1", title, content = "请于期限内整改并回复", deadline = DateTimeOffset.UtcNow.AddHours(24) })))
            .GetProperty("id").GetString()!;
        await GridFiles.Import(admin);
        var dispatched = await Report(admin, "JA-001", "井盖松动");
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/cases/{dispatched}/transitions", new { to = "dispatched", unit = "城防办" })).StatusCode);
        var notOurs = await Report(admin, "JA-001", "未派遣的案件");
        var ours = await Issue("城防办", "防汛物资储备滞后");
        var theirs = await Issue("城市排水管理处", "排水管网清淤滞后");

        var page = await SignIn(app, "/inbox", "chengfangban", GridFiles.Password, 390, 844);
        var card = page.Locator($"[data-notice='{ours}']");
        Assert.Equal("Blue", await card.GetAttributeAsync("data-stage")); // due within 48 hours
        Assert.Equal(0, await page.Locator($"[data-notice='{theirs}']").CountAsync());
        Assert.Equal(1, await page.Locator($"a[data-case='{dispatched}']").CountAsync()); // the cases dispatched to the unit, to handle
        Assert.Equal(0, await page.Locator($"a[data-case='{notOurs}']").CountAsync());
        var colours = await page.EvaluateAsync<string[]>($$"""
            () => { const probe = document.createElement('div'); probe.style.backgroundColor = 'var(--rz-info)'; document.body.appendChild(probe);
                    const info = getComputedStyle(probe).backgroundColor; probe.remove();
                    return [info, getComputedStyle(document.querySelector("[data-notice='{{ours}}'] .cc-notice-stage")).backgroundColor]; }
            """);
        Assert.Equal(colours[0], colours[1]);

        await card.Locator("[data-field='answer']").FillAsync("已采购到位，照片见附件");
        await card.Locator("[data-action='answer']").ClickAsync();
        await page.Locator($"[data-notice='{ours}'][data-notice-status='Answered']").WaitForAsync(new() { Timeout = 15_000 });
        var notice = await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{ours}");
        Assert.Equal(("answered", "已采购到位，照片见附件"), (notice.GetProperty("status").GetString(), notice.GetProperty("answer").GetString()));
        Assert.Equal("chengfangban", notice.GetProperty("steps")[1].GetProperty("by").GetString());
        Assert.Equal("issued", (await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{theirs}")).GetProperty("status").GetString());
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the inbox scrolls sideways on a phone");
        await ClosePages();
    }

    [Fact]
    public async Task The_office_filters_the_ledger_exports_what_it_shows_and_issues_a_notice()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();
        await GridFiles.Import(admin);
        await Report(admin, "JA-001", "第一件");
        await Report(admin, "JA-001", "第二件");
        var third = await Report(admin, "JA-002", "第三件");

        var page = await SignIn(app, "/ledger", "admin", CommandCenterApp.AdminPassword);
        await page.Locator("[data-case-total='3']").WaitForAsync(new() { Timeout = 15_000 });
        await page.FillAsync("[data-field='grid']", "JA-002");
        await page.ClickAsync("[data-action='search']");
        await page.Locator("[data-case-total='1']").WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator($"[data-ledger-case='{third}']").WaitForAsync();
        Assert.Equal(0, await page.Locator("[data-ledger-case^='JA-001']").CountAsync());

        var href = await page.Locator("[data-action='export']").GetAttributeAsync("href");
        Assert.Equal("/api/ledger/export?grid=JA-002", href);
        var export = await page.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, href).ToString()); // with the page's sign-in cookie
        Assert.Equal(200, export.Status);
        using (var workbook = new XLWorkbook(new MemoryStream(await export.BodyAsync())))
        {
            var sheet = workbook.Worksheet("案件台账");
            Assert.Equal(2, sheet.LastRowUsed().RowNumber()); // header + JA-002's one case
            Assert.Contains(sheet.CellsUsed(), c => c.GetString() == third);
        }

        await page.GotoAsync(new Uri(app.BaseAddress, $"/notices?caseId={third}&unit=环境卫生管理处").ToString());
        await Ready(page);
        var form = page.Locator("[data-notice-form]");
        Assert.Equal(third, await form.Locator("[data-field='caseId']").InputValueAsync());
        Assert.Contains("环境卫生管理处", await form.Locator("[data-picker='unit']").InnerTextAsync());
        await form.Locator("[data-field='title']").FillAsync("暴露垃圾超期未清运");
        await form.Locator("[data-field='content']").FillAsync("请两日内清运并回复");
        await form.Locator("[data-action='issue']").ClickAsync();
        var issued = page.Locator("[data-issued]");
        await issued.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 15_000 });
        var id = await issued.GetAttributeAsync("data-issued");
        await page.Locator($"[data-notice='{id}']").WaitForAsync();
        var notice = await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{id}");
        Assert.Equal(("环境卫生管理处", "case", third, "暴露垃圾超期未清运"),
            (notice.GetProperty("unit").GetString(), notice.GetProperty("subject").GetString(), notice.GetProperty("subjectId").GetString(), notice.GetProperty("title").GetString()));
        Assert.True(notice.GetProperty("deadline").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(2));

        // The office escalates it (level 2, the new deadline three days after the old one), then closes it.
        var actions = page.Locator($"[data-notice-actions='{id}']");
        await actions.Locator("[data-field='note']").FillAsync("逾期未回复，升级督办");
        await actions.Locator("[data-action='escalate']").ClickAsync();
        await page.Locator(".rz-dialog-confirm button:has-text('确定')").ClickAsync();
        await page.Locator($"[data-notice='{id}'][data-level='2']").WaitForAsync(new() { Timeout = 15_000 });
        var escalated = await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{id}");
        Assert.Equal(2, escalated.GetProperty("level").GetInt32());
        Assert.Equal(notice.GetProperty("deadline").GetDateTimeOffset().AddDays(3), escalated.GetProperty("deadline").GetDateTimeOffset());
        Assert.Equal("逾期未回复，升级督办", escalated.GetProperty("steps").EnumerateArray().Last().GetProperty("text").GetString());

        await actions.Locator("[data-action='close']").ClickAsync();
        await page.Locator(".rz-dialog-confirm button:has-text('确定')").ClickAsync();
        await page.Locator($"[data-notice='{id}'][data-notice-status='Closed']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal("closed", (await admin.GetFromJsonAsync<JsonElement>($"/api/notices/{id}")).GetProperty("status").GetString());
        Assert.Equal(0, await page.Locator($"[data-notice-actions='{id}']").CountAsync()); // a closed notice offers nothing more
        await ClosePages();
    }
}
