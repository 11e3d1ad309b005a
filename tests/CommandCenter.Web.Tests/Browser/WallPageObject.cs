using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>What a test reads off the wall page.</summary>
public sealed class WallPageObject(IPage page)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public IPage Page => page;

    public Task WaitUntilLive() =>
        page.Locator(".cc-link[data-connection='Live'][data-stale='false']").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    public Task WaitUntilStale() =>
        page.Locator(".cc-stale").WaitForAsync(new() { Timeout = (float)Patience.TotalMilliseconds });

    public async Task<string> LineProgress(string lineCode) =>
        await page.Locator($".cc-line[data-line='{lineCode}'] .cc-line-progress").GetAttributeAsync("data-progress") ?? "";

    /// <summary>Waits until the line's progress differs from <paramref name="before"/>; returns the new value.</summary>
    public async Task<string> WaitForLineProgressChange(string lineCode, string before)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var now = await LineProgress(lineCode);
            if (now.Length > 0 && now != before)
            {
                return now;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"Line {lineCode} still shows progress {before} after {Patience}.");
    }

    public async Task<(bool FitsWidth, bool FitsHeight)> Fits() =>
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
         await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight"));
}
