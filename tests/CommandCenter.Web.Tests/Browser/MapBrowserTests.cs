using System.Globalization;
using System.Text.Json;
using CommandCenter.Web.Tests.Map;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The map pages in Chromium — the wall's <c>?pages=map</c> and the office's <c>/map</c> — over grids imported with
/// GeoJSON boundaries, and the phone's case report form taking a position from a tap on the grid and from geolocation.
/// </summary>
public sealed class MapBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private static readonly LocatorWaitForOptions Patience = new() { Timeout = 30_000 };

    [Fact]
    public async Task The_wall_and_the_office_draw_the_grids_from_their_boundaries_colour_them_live_and_show_a_case_with_a_position()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();
        await MapGrids.Import(admin);
        var created = await admin.PostAsJsonAsync("/api/cases", MapGrids.Case("MA-001", MapGrids.InsideLatitude, MapGrids.InsideLongitude));
        var located = (await GridFiles.Json(created)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/grids/MA-002/cases/import", MapGrids.Overdue(1))).StatusCode);

        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=map"), 1920, 1080));
        await wall.WaitUntilLive();
        var page = wall.Page;
        await page.Locator($".cc-map-case[data-case='{located}']").WaitForAsync(Patience);
        Assert.Equal(3, await page.Locator("path.cc-map-grid").CountAsync());
        Assert.Equal(["MA-004"], await page.Locator(".cc-map-tile").EvaluateAllAsync<string[]>("tiles => tiles.map(t => t.dataset.grid)"));
        Assert.Equal(["城北街道", "城南街道"], await page.Locator("[data-district-label]").EvaluateAllAsync<string[]>("labels => labels.map(l => l.textContent)"));
        Assert.Equal(2, await page.Locator("path.cc-map-district").CountAsync());
        await page.Locator("path[data-grid='MA-002'][data-level='fair']").WaitForAsync(Patience); // 1 overdue
        Assert.Equal("good", await page.Locator("path[data-grid='MA-001']").GetAttributeAsync("data-level"));
        Assert.Equal(4, await page.Locator(".cc-map-legend li[data-level]").CountAsync());

        // Four more overdue cases: the screen recolours from the CaseChanged it hears, without a reload.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/grids/MA-002/cases/import", MapGrids.Overdue(4))).StatusCode);
        await page.Locator("path[data-grid='MA-002'][data-level='bad']").WaitForAsync(Patience);
        var (fitsWidth, fitsHeight) = await wall.Fits();
        Assert.True(fitsWidth && fitsHeight, "the map page scrolls on a 1080p screen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "map.png") });

        await using var pages = new BrowserPages(Browser);
        var office = await pages.SignInAsync(app, "/map?campaign=dagan100", "admin", CommandCenterApp.AdminPassword);
        await office.Locator($".cc-map-case[data-case='{located}']").WaitForAsync(Patience);
        Assert.Equal(3, await office.Locator("path.cc-map-grid").CountAsync());
        Assert.Equal(1, await office.Locator(".cc-map-tile[data-grid='MA-004']").CountAsync());
        Assert.Equal("bad", await office.Locator("path[data-grid='MA-002']").GetAttributeAsync("data-level"));

        await office.Locator(".rz-selectbar >> text=结案率").ClickAsync();
        await office.Locator(".cc-map[data-mode='closure']").WaitForAsync(Patience);
        Assert.Equal("bad", await office.Locator("path[data-grid='MA-001']").GetAttributeAsync("data-level")); // 1 received, none closed
        Assert.Equal("none", await office.Locator("path[data-grid='MA-003']").GetAttributeAsync("data-level"));
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning("MA-003"))).StatusCode);
        await office.Locator("path[data-grid='MA-003'][data-level='bad']").WaitForAsync(Patience); // live, from the host's case feed
    }

    [Fact]
    public async Task The_wall_map_draws_the_demo_s_sixteen_grids_in_their_four_streets()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync(), settings: new Dictionary<string, string?> { ["Demo:History"] = "true" });

        var wall = new WallPageObject(await Chromium.OpenAsync(Browser, await app.WallAddress("/wall/dagan100?pages=map"), 1920, 1080));
        await wall.WaitUntilLive();
        var page = wall.Page;
        await page.Locator("path.cc-map-grid").First.WaitForAsync(Patience);
        Assert.Equal(16, await page.Locator("path.cc-map-grid").CountAsync());
        Assert.Equal(0, await page.Locator(".cc-map-tile").CountAsync());
        Assert.Equal(4, await page.Locator("path.cc-map-district").CountAsync());
        Assert.Equal(["三里桥街道", "东市街道", "中市街道", "西市街道"],
            (await page.Locator("[data-district-label]").EvaluateAllAsync<string[]>("labels => labels.map(l => l.textContent)")).Order(StringComparer.Ordinal));
        // The demo's open, overdue cases colour some grids worse than "good".
        Assert.True(await page.Locator("path.cc-map-grid:not([data-level='good'])").CountAsync() > 0, "no demo grid shows its overdue cases");
    }

    [Fact]
    public async Task A_grid_head_s_phone_takes_the_case_position_from_a_tap_on_the_grid_and_from_geolocation()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        var admin = await app.AdminClient();
        await MapGrids.Import(admin);
        await GridFiles.Account(app, "north-head", "GridHead", grids: ["MA-001"]);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 36.6531f, Longitude = 117.0072f },
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(app.BaseAddress, "/cases/new?grid=MA-001").ToString());
            await page.WaitForURLAsync("**/signin?*");
            await page.FillAsync("#username", "north-head");
            await page.FillAsync("#password", GridFiles.Password);
            await page.ClickAsync("#signin");
            await page.WaitForURLAsync("**/cases/new?grid=MA-001");
            await page.Locator("[data-ready='true']").WaitForAsync(Patience);

            await page.Locator("svg[data-action='tap-map']").ClickAsync(); // the middle of the outline
            await page.Locator("[data-pin='true']").WaitForAsync(Patience);
            var (lat, lon) = Position(await page.Locator("[data-position]").GetAttributeAsync("data-position"));
            Assert.InRange(lat, 36.652, 36.658);
            Assert.InRange(lon, 117.002, 117.008);

            await page.ClickAsync("[data-action='locate']");
            await page.Locator("[data-position='36.653100,117.007200']").WaitForAsync(Patience);
            await page.FillAsync("[data-field='description']", "路边堆放生活垃圾");
            await page.ClickAsync("[data-action='submit']");
            await page.WaitForURLAsync("**/cases/MA-001.1?reported=true", new() { Timeout = 30_000 });

            var reported = await admin.GetFromJsonAsync<JsonElement>("/api/cases/MA-001.1");
            Assert.Equal(36.6531, reported.GetProperty("latitude").GetDouble(), 5);
            Assert.Equal(117.0072, reported.GetProperty("longitude").GetDouble(), 5);
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the form scrolls sideways on a phone");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static (double Latitude, double Longitude) Position(string? text)
    {
        var parts = (text ?? "").Split(',');
        Assert.Equal(2, parts.Length);
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
