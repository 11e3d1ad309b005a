using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// One language at a time in Chromium: the header's switch turns the shell and Radzen's own texts to English, the
/// choice follows the account to another browser, and a visitor's <c>?lang=en</c> is kept by the browser.
/// </summary>
public sealed class LanguageBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static Task<string> Lang(IPage page) => page.EvaluateAsync<string>("() => document.documentElement.lang");

    /// <summary>Opens the grid's filter menu on the first filterable column and returns its text.</summary>
    private static async Task<string> FilterMenu(IPage page)
    {
        await page.Locator(".rz-grid-filter-icon").First.ClickAsync();
        var menu = page.Locator(".rz-grid-filter:visible").First;
        await menu.WaitForAsync(new() { Timeout = 15_000 });
        return await menu.InnerTextAsync();
    }

    [Fact]
    public async Task The_header_switch_turns_the_pages_and_Radzen_to_English_and_the_account_keeps_the_choice_in_another_browser()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.SignInAsync(app, "/people", "admin", CommandCenterApp.AdminPassword);
        Assert.Equal("zh-CN", await Lang(page));
        Assert.Equal("人员", await page.Locator("[data-nav='people']").InnerTextAsync());
        var chinese = await FilterMenu(page);
        Assert.Contains("筛选", chinese);
        Assert.Contains("包含", chinese);
        Assert.DoesNotContain("Contains", chinese);

        await page.ClickAsync("[data-language='en']");
        await page.WaitForFunctionAsync("() => document.documentElement.lang === 'en'", null, new() { Timeout = 30_000 });
        await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });
        Assert.EndsWith("/people", page.Url);
        Assert.Equal("People", await page.Locator("[data-nav='people']").InnerTextAsync());
        Assert.Equal("true", await page.Locator("[data-language='en']").GetAttributeAsync("aria-pressed"));
        var english = await FilterMenu(page);
        Assert.Contains("Filter", english);
        Assert.Contains("Contains", english);
        Assert.DoesNotContain("包含", english);

        // Another browser, asking for Chinese: after signing in, the account's English wins.
        var elsewhere = await pages.SignInAsync(app, "/people", "admin", CommandCenterApp.AdminPassword);
        Assert.Equal("en", await Lang(elsewhere));
        Assert.Equal("People", await elsewhere.Locator("[data-nav='people']").InnerTextAsync());

        // Back to Chinese from the switch.
        await elsewhere.ClickAsync("[data-language='zh-CN']");
        await elsewhere.WaitForFunctionAsync("() => document.documentElement.lang === 'zh-CN'", null, new() { Timeout = 30_000 });
        Assert.Equal("人员", await elsewhere.Locator("[data-nav='people']").InnerTextAsync());
    }

    [Fact]
    public async Task A_visitor_asking_for_English_by_address_or_by_browser_gets_English_until_choosing_Chinese()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        await using var pages = new BrowserPages(Browser);
        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/signin?lang=en"), 1280, 900);
        Assert.Equal("en", await Lang(page));
        Assert.Equal("Sign in", await page.Locator("#signin").InnerTextAsync());
        await page.GotoAsync(new Uri(app.BaseAddress, "/signin").ToString()); // the address no longer asks: the cookie does
        Assert.Equal("en", await Lang(page));

        var english = await pages.OpenAsync(new Uri(app.BaseAddress, "/signin"), 1280, 900, locale: "en-US");
        Assert.Equal("en", await Lang(english));
        await english.ClickAsync("[data-language='zh-CN']");
        await english.WaitForFunctionAsync("() => document.documentElement.lang === 'zh-CN'", null, new() { Timeout = 30_000 });
        Assert.Equal("登录", await english.Locator("#signin").InnerTextAsync());
    }
}
