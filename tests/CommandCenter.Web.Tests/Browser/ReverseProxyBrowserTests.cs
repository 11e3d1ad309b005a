using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The web host behind Debian's nginx with the site of docs/OPERATIONS.md: Chromium opens a wall over HTTPS, its hub
/// connection is a WebSocket through the proxy (not a fallback), and an update reaches it live.
/// </summary>
public sealed class ReverseProxyBrowserTests(PostgresFixture postgres) : BrowserTests
{
    [Fact]
    public async Task A_wall_opened_through_the_documented_nginx_site_receives_updates_over_a_WebSocket()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateSeededDatabaseAsync());
        await using var nginx = await NginxSite.StartAsync(app.Port);
        using var proxied = nginx.Client();
        var token = (await (await proxied.PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = CommandCenterApp.AdminPassword }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        proxied.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var issued = await (await proxied.PostAsJsonAsync("/api/display-tokens", new { name = "代理屏", campaignId = "dagan100" }))
            .Content.ReadFromJsonAsync<JsonElement>();

        // Plain HTTP is sent to HTTPS.
        using var plain = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var redirect = await plain.GetAsync($"http://127.0.0.1:{nginx.HttpPort}/wall/dagan100");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("https", redirect.Headers.Location!.Scheme);

        await using var context = await Browser.NewContextAsync(new() { Locale = "zh-CN", IgnoreHTTPSErrors = true, ViewportSize = new() { Width = 1920, Height = 1080 } });
        var page = await context.NewPageAsync();
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => { lock (sockets) sockets.Add(socket.Url); };
        var wallUrl = new Uri(nginx.HttpsAddress, issued.GetProperty("wallUrl").GetString()! + "&pages=overview");
        await page.GotoAsync(wallUrl.ToString());
        var wall = new WallPageObject(page);
        await wall.WaitUntilLive();
        var before = await wall.LineProgress("八");

        var task = await proxied.GetFromJsonAsync<JsonElement>("/api/tasks/dagan100.8.1");
        var target = task.GetProperty("target").GetProperty("value").GetDecimal();
        (await proxied.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = target, note = "经代理" })).EnsureSuccessStatusCode();

        await wall.WaitForLineProgressChange("八", before);
        lock (sockets)
        {
            Assert.Contains(sockets, url => url.StartsWith($"wss://127.0.0.1:{nginx.HttpsPort}/hubs/wall", StringComparison.Ordinal));
        }

        Assert.Equal("max-age=31536000", (await proxied.GetAsync("/health/live")).Headers.GetValues("Strict-Transport-Security").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await proxied.GetAsync("/metrics")).StatusCode);
        Assert.DoesNotContain("[emerg]", nginx.ErrorLog());
    }
}
