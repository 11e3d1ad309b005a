using CommandCenter.Domain;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// THE language scan: every office and phone page (from the routes) as the office, a unit head and a grid head, in
/// Chinese and in English; a page's visible text may hold no Latin letters in Chinese mode and no CJK characters in
/// English mode, except data (see <see cref="LanguageScan"/>). Each visit also rewrites the page's picture in
/// docs/images/pages (README). A failure lists each page's offending strings by language; run one page with
/// <c>LANGUAGE_SCAN_PAGES=/people dotnet test --filter FullyQualifiedName~LanguageScanBrowserTests</c>.
/// </summary>
public sealed class LanguageScanBrowserTests(PostgresFixture postgres, ITestOutputHelper output) : BrowserTests
{
    private const string Password = "Scan-Pa55word!";

    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["CampaignId"] = "dagan100",
        ["TaskId"] = "dagan100.1.1",
        ["Id"] = "JA-001.1",
    };

    [Fact]
    public Task Every_page_the_office_opens_shows_one_language_at_a_time() =>
        Scan("office", "admin", CommandCenterApp.AdminPassword, "/today", 1280, 800);

    [Fact]
    public Task Every_page_a_unit_head_opens_on_a_phone_shows_one_language_at_a_time() =>
        Scan("unit-head", "chengfangban", Password, "/my", 390, 844);

    [Fact]
    public Task Every_page_a_grid_head_opens_on_a_phone_shows_one_language_at_a_time() =>
        Scan("grid-head", "zhangsan", GridFiles.Password, "/grid", 390, 844);

    private async Task Scan(string role, string userName, string password, string landing, int width, int height)
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "chengfangban", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        await GridFiles.Import(admin, campaignId: "dagan100");
        var gridHead = await GridFiles.Account(app, "zhangsan", "GridHead", grids: ["JA-001"]);
        Assert.Equal(HttpStatusCode.Created, (await gridHead.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning())).StatusCode);
        // The unit directory's names and short names, and the case standard's categories, are the bureau's data.
        var units = (await admin.GetFromJsonAsync<JsonElement>("/api/units")).EnumerateArray()
            .SelectMany(u => new[] { u.GetProperty("name").GetString()!, u.GetProperty("shortName").GetString()! });
        var categories = CaseCategories.Default.SelectMany(c => new[] { c.Category, c.Subcategory });
        string[] own = ["admin", "chengfangban", "zhangsan", "JA-001.1", "市容环境", "道路保洁", "人民路路面有垃圾", .. units, .. categories];

        var report = new StringBuilder();
        foreach (var (language, locale) in new[] { ("zh", "zh-CN"), ("en", "en-US") })
        {
            var data = LanguageScan.Data(own, english: language == "en");
            var page = await pages.SignInAsync(app, landing, userName, password, width, height, locale);
            foreach (var path in LanguageScan.Pages(Parameters))
            {
                await page.GotoAsync(new Uri(app.BaseAddress, path).ToString());
                if (page.Url.Contains("/denied", StringComparison.Ordinal) || page.Url.Contains("/signin", StringComparison.Ordinal))
                {
                    continue; // not this role's page
                }

                var ready = await Ready(page);
                var offending = LanguageScan.Offending(await LanguageScan.VisibleText(page), language == "en", data);
                output.WriteLine($"{role} {language} {path}: {(offending.Count == 0 ? "ok" : string.Join(" | ", offending))}{(ready ? "" : " (never ready)")}");
                if (offending.Count > 0)
                {
                    report.AppendLine($"{path} [{language}]: {string.Join(" | ", offending)}");
                }

                await page.ScreenshotAsync(new() { Path = Picture(role, path, language) });
            }
        }

        Assert.True(report.Length == 0, $"Text of the other language on the {role}'s pages (page [language]: strings):\n{report}");
    }

    /// <summary>Waits until the page says it is ready (pages that have no such mark: until loaded); false when it never is.</summary>
    private static async Task<bool> Ready(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => !document.querySelector('[data-ready]') || !!document.querySelector('[data-ready=\"true\"]')",
                null, new() { Timeout = 20_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static string Picture(string role, string path, string language)
    {
        var folder = Path.Combine(RepositoryFolder.Find(), "docs", "images", "pages");
        Directory.CreateDirectory(folder);
        var slug = path.Trim('/').Replace('/', '-');
        return Path.Combine(folder, $"{role}-{(slug.Length == 0 ? "home" : slug)}.{language}.png");
    }
}
