using Microsoft.Playwright;

namespace CommandCenter.Web.Tests.Browser;

/// <summary>
/// The product over HTTPS (a test certificate, as a bureau would configure its own): the sign-in cookie is Secure,
/// HSTS is sent, the wall goes live over wss with its display token and says plainly when it has none, and a
/// disabled user's open page and cookie stop working within the validation interval.
/// </summary>
public sealed class HttpsBrowserTests(PostgresFixture postgres) : BrowserTests
{
    private const string Password = "Https-Pa55word!";

    private async Task<(IBrowserContext Context, IPage Page)> Open(Uri url)
    {
        // The test certificate is self-signed: this context accepts it, as a browser would after the bureau installs its CA.
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString());
        return (context, page);
    }

    [Fact]
    public async Task Over_https_the_cookie_is_secure_hsts_is_sent_and_a_wall_goes_live_with_its_token_and_asks_for_one_without()
    {
        await using var app = CommandCenterApp.StartHttps(await postgres.CreateSeededDatabaseAsync());
        Assert.Equal("https", app.BaseAddress.Scheme);

        var (signInContext, signIn) = await Open(new Uri(app.BaseAddress, "/signin"));
        await using (signInContext)
        {
            var answer = await signIn.Context.APIRequest.GetAsync(new Uri(app.BaseAddress, "/signin").ToString());
            Assert.StartsWith("max-age=", answer.Headers["strict-transport-security"]);
            await signIn.FillAsync("#username", "admin");
            await signIn.FillAsync("#password", CommandCenterApp.AdminPassword);
            await signIn.ClickAsync("#signin");
            await signIn.WaitForURLAsync(new Uri(app.BaseAddress, "/today").ToString()); // the office lands on today's work
            var cookie = (await signInContext.CookiesAsync()).Single(c => c.Name == "cc.signin");
            Assert.True(cookie.Secure);
            Assert.True(cookie.HttpOnly);
        }

        var (wallContext, wallPage) = await Open(await app.WallAddress("/wall/dagan100?pages=overview"));
        await using (wallContext)
        {
            await new WallPageObject(wallPage).WaitUntilLive();
        }

        var (bareContext, bare) = await Open(new Uri(app.BaseAddress, "/wall/dagan100?pages=overview"));
        await using (bareContext)
        {
            await bare.Locator("[data-state='token-required']").WaitForAsync(new() { Timeout = 60_000 });
            Assert.Contains("此屏幕需要显示令牌", await bare.Locator("[data-state='token-required']").InnerTextAsync());
            await bare.ScreenshotAsync(new() { Path = Path.Combine(RepositoryFolder.Find(), "docs", "images", "wall-token-required.png") });
        }
    }

    [Fact]
    public async Task A_disabled_user_s_open_page_and_cookie_stop_working_within_the_validation_interval()
    {
        await using var app = CommandCenterApp.StartHttps(await postgres.CreateSeededDatabaseAsync(),
            new Dictionary<string, string?> { ["Auth:ValidationInterval"] = "00:00:02" });
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName = "departed", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();

        var (context, page) = await Open(new Uri(app.BaseAddress, "/my"));
        await using (context)
        {
            await page.WaitForURLAsync("**/signin?*");
            await page.FillAsync("#username", "departed");
            await page.FillAsync("#password", Password);
            await page.ClickAsync("#signin");
            await page.WaitForURLAsync("**/my");
            await page.Locator("[data-ready='true']").WaitForAsync(new() { Timeout = 30_000 });

            (await admin.PutAsJsonAsync("/api/users/departed", new { disabled = true })).EnsureSuccessStatusCode();

            // The open page (a Blazor circuit) re-checks the account and sends the user to sign in ...
            await page.WaitForURLAsync("**/signin*", new() { Timeout = 60_000 });
            // ... and the cookie no longer opens any page.
            await page.GotoAsync(new Uri(app.BaseAddress, "/my").ToString());
            await page.WaitForURLAsync("**/signin?*", new() { Timeout = 30_000 });
        }
    }
}
