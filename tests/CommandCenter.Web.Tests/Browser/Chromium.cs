using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>Debian's Chromium driven by Playwright (no browser download: the system browser at <see cref="Path"/>).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {Path}: apt-get install chromium fonts-noto-cjk (bash tests/run does).");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        return (playwright, browser);
    }

    public static Task<IPage> OpenAsync(IBrowser browser, Uri url, int width = 1920, int height = 1080) =>
        OpenAsync(browser, url.ToString(), width, height);

    public static async Task<IPage> OpenAsync(IBrowser browser, string url, int width = 1920, int height = 1080)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync(url);
        return page;
    }
}
