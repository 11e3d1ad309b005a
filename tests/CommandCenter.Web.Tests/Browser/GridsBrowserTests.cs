using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The office's grids page in Chromium (desktop 1440×900): a grid table previewed with its row errors before anything is stored, imported, then a grid edited in a dialog.</summary>
public sealed class GridsBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static string Picture(string name) => Path.Combine(RepositoryFolder.Find(), "docs", "images", name);

    private static FilePayload Csv(string name, string text) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    [Fact]
    public async Task The_office_previews_a_grid_table_with_its_row_errors_stores_nothing_then_imports_a_good_one_and_edits_a_grid_in_a_dialog()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        var page = await pages.SignInAsync(app, "/grids", "admin", CommandCenterApp.AdminPassword, 1440, 900);
        Assert.Equal("0", await page.Locator("[data-grids]").GetAttributeAsync("data-grids"));

        const string header = "网格长,网格名称,网格编号,所属街道,网格员,边界\n";
        await page.Locator("[data-field='grid-file']").SetInputFilesAsync(Csv("网格.csv",
            header + "张三,城北一网格,,城北街道,,\n李四,城北二网格,JA-002,城北街道,,不是边界\n"));
        await page.Locator("[data-errors='2']").WaitForAsync(new() { Timeout = 15_000 });
        var errors = await page.Locator(".cc-import-errors tbody tr").AllInnerTextsAsync();
        Assert.Contains(errors, e => e.Contains('2') && e.Contains("网格编号"));
        Assert.Contains(errors, e => e.Contains('3') && e.Contains("GeoJSON"));
        Assert.True(await page.Locator("[data-action='import-grids']").IsDisabledAsync());
        await page.ScreenshotAsync(new() { Path = Picture("grids-import-errors.png") });
        Assert.Empty((await admin.GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray()); // nothing stored

        await page.Locator("[data-field='grid-file']").SetInputFilesAsync(Csv("网格.csv",
            header + "张三,城北一网格,JA-001,城北街道,王五、赵六,\n李四,城北二网格,JA-002,城北街道,,\n"));
        await page.Locator("[data-preview-rows='2']").WaitForAsync(new() { Timeout = 15_000 });
        await page.ClickAsync("[data-action='import-grids']");
        await page.Locator(".rz-notification-item:has-text('已导入 2 个网格')").WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator("[data-grids='2']").WaitForAsync(new() { Timeout = 15_000 });
        Assert.Equal(0, await page.Locator("[data-field='grid-file']").EvaluateAsync<int>("input => input.files.length")); // the field is cleared
        Assert.Equal(0, await page.Locator("[data-preview-rows]").CountAsync());
        var grids = (await admin.GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray().ToList();
        Assert.Equal(["JA-001", "JA-002"], grids.Select(g => g.GetProperty("code").GetString()));
        Assert.All(grids, g => Assert.Equal("dagan100", g.GetProperty("campaignId").GetString()));  // the first campaign, chosen by default

        // Edit JA-002 in a dialog: a blank name is refused at the field, then the new grid head is saved.
        await page.ClickAsync("[data-action='edit-grid'][data-code='JA-002']");
        var dialog = page.Locator(".rz-dialog");
        await dialog.Locator("[data-field='grid-name']").FillAsync("");
        await dialog.Locator("[data-action='save-grid']").ClickAsync();
        await dialog.Locator(".rz-message:has-text('请填写网格名称')").WaitForAsync(new() { Timeout = 15_000 });
        await dialog.Locator("[data-field='grid-name']").FillAsync("城北二网格（扩）");
        await dialog.Locator("[data-field='grid-head']").FillAsync("钱七");
        await page.ScreenshotAsync(new() { Path = Picture("grids-edit.png") });
        await dialog.Locator("[data-action='save-grid']").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 15_000 });
        await page.Locator(".rz-notification-item:has-text('网格 JA-002 已保存')").WaitForAsync(new() { Timeout = 15_000 });
        await page.Locator("[data-grid-head='JA-002']").Filter(new() { HasText = "钱七" }).WaitForAsync(new() { Timeout = 15_000 }); // the list re-reads after the toast
        Assert.Equal("钱七", await page.Locator("[data-grid-head='JA-002']").InnerTextAsync());
        var edited = (await admin.GetFromJsonAsync<JsonElement>("/api/grids")).EnumerateArray().Single(g => g.GetProperty("code").GetString() == "JA-002");
        Assert.Equal(("城北二网格（扩）", "钱七", "dagan100"),
            (edited.GetProperty("name").GetString(), edited.GetProperty("gridHead").GetString(), edited.GetProperty("campaignId").GetString()));

        // A browser that prefers English reads the page in English only.
        await using var english = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var inEnglish = await english.NewPageAsync();
        await inEnglish.GotoAsync(new Uri(app.BaseAddress, "/grids").ToString());
        await inEnglish.WaitForURLAsync("**/signin?*");
        await inEnglish.FillAsync("#username", "admin");
        await inEnglish.FillAsync("#password", CommandCenterApp.AdminPassword);
        await inEnglish.ClickAsync("#signin");
        await inEnglish.Locator("[data-ready='true'] [data-grids='2']").WaitForAsync(new() { Timeout = 30_000 });
        var import = await inEnglish.Locator("[data-grid-import]").InnerTextAsync();
        Assert.Contains("Import a grid table", import);
        Assert.DoesNotContain("导入", import);
        Assert.Contains("Grid head", await inEnglish.Locator("[data-grids]").InnerTextAsync());
        await inEnglish.CloseAsync();
    }
}
