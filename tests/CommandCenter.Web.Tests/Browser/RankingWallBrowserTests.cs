using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The wall's 排名 page in Chromium: live standings with the red and black lists, moved within a second by an adjustment.</summary>
public sealed class RankingWallBrowserTests(PostgresFixture postgres) : BrowserTests
{
    [Fact]
    public async Task An_adjustment_moves_the_standings_on_an_open_wall_within_a_second()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var admin = await app.AdminClient();
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=ranking"), 1920, 1080));
        await wall.WaitUntilLive();
        var row = wall.Page.Locator(".cc-rank-row[data-unit='城防办']");
        await row.WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await wall.Page.Locator(".cc-red-list .cc-list-entry").CountAsync() >= 3); // ties at the edge share the place
        Assert.True(await wall.Page.Locator(".cc-black-list .cc-list-entry").CountAsync() >= 3);
        var before = double.Parse((await row.GetAttributeAsync("data-score"))!, CultureInfo.InvariantCulture);
        var expected = Math.Max(0, before - 15).ToString("0.0", CultureInfo.InvariantCulture);

        var today = CommandCenter.Domain.CampaignClock.Today(TimeProvider.System, "Asia/Shanghai").ToString("yyyy-MM-dd");
        var clock = Stopwatch.StartNew();
        var response = await admin.PostAsJsonAsync("/api/campaigns/dagan100/adjustments", new { subject = "城防办", points = -15, reason = "防汛值守脱岗被通报", date = today });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var answered = clock.Elapsed;
        await wall.Page.Locator($".cc-rank-row[data-unit='城防办'][data-score='{expected}']").WaitForAsync(new() { Timeout = 20_000 });
        var shown = clock.Elapsed;
        // Measured from the moment the change was acknowledged (the write's own latency is not the wall's).
        Assert.True(shown - answered < TimeSpan.FromSeconds(1), $"the wall showed the change {(shown - answered).TotalMilliseconds:0} ms after it was stored");

        var (fitsWidth, fitsHeight) = await wall.Fits();
        Assert.True(fitsWidth, "horizontal scroll bar");
        Assert.True(fitsHeight, "vertical scroll bar");
        await wall.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "wall-ranking-1080p.png") });
    }
}
