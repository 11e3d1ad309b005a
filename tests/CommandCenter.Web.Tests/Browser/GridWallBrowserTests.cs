using System.Text;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The wall's grid page in Chromium: a heat map of 400 grids, a case ticker that a reported case reaches live, and the open supervision notices by stage.</summary>
public sealed class GridWallBrowserTests(PostgresFixture postgres) : BrowserTests
{
    [Fact]
    public async Task A_reported_case_shows_in_the_ticker_and_the_page_fits_1080p()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var admin = await app.AdminClient();
        var table = new StringBuilder("grid_code,grid_name,district\n");
        for (var i = 1; i <= 400; i++)
        {
            table.Append($"G{i:D3},第{i}网格,街道{i / 50 + 1}\n");
        }

        await GridFiles.Import(admin, table.ToString(), campaignId: "dagan100");
        var notice = await admin.PostAsJsonAsync("/api/notices", new { unit = "城防办", taskId = "dagan100.1.1", title = "防汛物资储备滞后", deadline = DateTimeOffset.UtcNow.AddHours(24) });
        var noticeId = (await GridFiles.Json(notice)).GetProperty("id").GetString();
        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=grids"), 1920, 1080));
        await wall.WaitUntilLive();
        await wall.Page.Locator(".cc-grid-tile[data-grid='G400']").WaitForAsync(new() { Timeout = 20_000 });

        var created = await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("G007"));
        var id = (await GridFiles.Json(created)).GetProperty("id").GetString();
        await wall.Page.Locator($".cc-case-tick[data-case='{id}']").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal("1", await wall.Page.Locator(".cc-kpi[data-kpi='received'] .cc-kpi-value").InnerTextAsync());
        await wall.Page.Locator($".cc-notice[data-notice='{noticeId}'][data-stage='Blue']").WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal("poor", await wall.Page.Locator(".cc-grid-tile[data-grid='G007']").GetAttributeAsync("data-level"));

        var (fitsWidth, fitsHeight) = await wall.Fits();
        Assert.True(fitsWidth, "horizontal scroll bar");
        Assert.True(fitsHeight, "vertical scroll bar");
        await wall.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "wall-grids-1080p.png") });
    }
}
