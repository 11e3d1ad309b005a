using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// A test's pages, each in its own browser context (its own cookies, so two people can be signed in side by side), all
/// closed when disposed. Declared after the app (<c>await using</c>), it is disposed before it, so the pages' server
/// circuits close before the host stops and its shutdown never waits on them.
/// </summary>
public sealed class BrowserPages(IBrowser browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>The bureau's browsers ask for Chinese; a test of English mode passes <paramref name="locale"/> <c>en-US</c>.</summary>
    public async Task<IPage> OpenAsync(Uri url, int width = 1920, int height = 1080, string locale = "zh-CN")
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = height } });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        return page;
    }

    /// <summary>Opens <paramref name="path"/> signed out, signs in on the page it is sent to, and waits until the page is interactive.</summary>
    public async Task<IPage> SignInAsync(CommandCenterApp app, string path, string userName, string password, int width = 1280, int height = 900, string locale = "zh-CN")
    {
        var page = await OpenAsync(new Uri(app.BaseAddress, path), width, height, locale);
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**" + path);
        await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }
}
