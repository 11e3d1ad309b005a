using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>The office's cluster page in Chromium: its live connection survives the chart, and it links to the Orleans dashboard.</summary>
public sealed class ClusterPageBrowserTests(PostgresFixture postgres) : BrowserTests
{
    [Fact]
    public async Task The_cluster_page_draws_its_request_chart_keeps_refreshing_live_and_opens_the_Orleans_dashboard()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync(), settings: new Dictionary<string, string?> { ["Orleans:Dashboard:Enabled"] = "true" });
        await using var pages = new BrowserPages(Browser);
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 5, note = "集群页" })).EnsureSuccessStatusCode();

        var page = await pages.OpenAsync(new Uri(app.BaseAddress, "/admin/cluster"), 1600, 1000);
        var errors = new List<string>();
        // Script errors, e.g. the circuit's "unhandled exception"; a missing favicon's 404 is not one.
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal)) lock (errors) errors.Add(message.Text);
        };
        await page.WaitForURLAsync("**/signin?*");
        await page.FillAsync("#username", "admin");
        await page.FillAsync("#password", CommandCenterApp.AdminPassword);
        await page.ClickAsync("#signin");
        await page.WaitForURLAsync("**/admin/cluster");
        await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 20_000 });

        // The chart's category axis shows the minutes (it threw "Unable to cast DateTime to DateTimeOffset" and the
        // circuit died), and the page keeps re-reading the cluster over its live connection every 5 s.
        var minute = DateTimeOffset.Now.ToString("HH:mm");
        var earlier = DateTimeOffset.Now.AddMinutes(-1).ToString("HH:mm");
        await page.Locator("#requests-chart svg text").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex($"^({minute}|{earlier})$") })
            .First.WaitForAsync(new() { Timeout = 20_000 });
        Assert.True(await page.Locator("#requests-chart svg path").CountAsync() > 0, "the chart drew no bars");
        await page.Locator("[data-ready='true']:not([data-refreshed='0'])").WaitForAsync(new() { Timeout = 30_000 });
        Assert.True(await page.Locator("#silos").GetByText("Active").CountAsync() > 0);
        lock (errors)
        {
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }

        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "admin-cluster.png") });

        // The dashboard opens with the same sign-in cookie; a unit head's or anonymous visitor's does not.
        var href = await page.Locator("#orleans-dashboard").GetAttributeAsync("href");
        Assert.Equal("/admin/orleans", href);
        var dashboard = await page.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, href).ToString());
        Assert.Equal(200, dashboard.Status);
        Assert.Contains("text/html", dashboard.Headers["content-type"]);
        await page.GotoAsync(new Uri(app.BaseAddress, href).ToString());
        // The dashboard's script runs and reads the cluster through its grains: one active silo, its activations.
        await page.WaitForFunctionAsync(@"() => /active silos\s+1\b/i.test(document.body.innerText) && /total activations\s+[1-9]/i.test(document.body.innerText)",
            null, new() { Timeout = 30_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "orleans-dashboard.png") });

        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        var refused = await anonymous.GetAsync("/admin/orleans");
        Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect, $"{(int)refused.StatusCode}");
        var head = await app.ClientFor("admin", CommandCenterApp.AdminPassword);
        (await head.PostAsJsonAsync("/api/users", new { userName = "dash-unithead", password = "Someone-Pa55!", role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        var unitHead = await app.ClientFor("dash-unithead", "Someone-Pa55!");
        Assert.Equal(HttpStatusCode.Forbidden, (await unitHead.GetAsync("/admin/orleans")).StatusCode);
    }
}
