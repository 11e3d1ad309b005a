namespace CommandCenter.Web.Tests.Pages;

/// <summary>Pages use the sign-in cookie; each page admits only the roles it is for; the API keeps to bearer tokens.</summary>
public sealed class SignInPageTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Pages-Pa55word!";

    private async Task<PageClient> SignedIn(string userName, string role, string? unit = null)
    {
        if (userName != "admin")
        {
            var admin = await App.AdminClient();
            string[]? grids = role == "GridHead" ? ["JA-001"] : null;
            if (grids is not null)
            {
                await GridFiles.Import(admin);   // a grid head is bound to grids that exist
            }

            (await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit, grids })).EnsureSuccessStatusCode();
        }

        var page = new PageClient(App);
        var response = await page.SignIn(userName, userName == "admin" ? CommandCenterApp.AdminPassword : Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return page;
    }

    [Theory]
    [InlineData("/my")]
    [InlineData("/audit")]
    [InlineData("/reports")]
    [InlineData("/campaigns/import")]
    [InlineData("/campaigns")]
    [InlineData("/campaigns/dagan100/plan")]
    [InlineData("/people")]
    public async Task A_page_that_needs_a_role_sends_an_anonymous_visitor_to_sign_in(string path)
    {
        using var page = new PageClient(App);
        var response = await page.Get(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
        Assert.Contains(Uri.EscapeDataString(path), response.Headers.Location.Query);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_and_shows_the_role_s_navigation()
    {
        (await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName = "chengfang", password = Password, role = "UnitHead", unit = "城防办" })).EnsureSuccessStatusCode();
        using var page = new PageClient(App);
        var response = await page.SignIn("chengfang", Password, returnUrl: "/my");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/my", new Uri(App.BaseAddress, response.Headers.Location!).PathAndQuery);

        var html = await (await page.Get("/my")).Content.ReadAsStringAsync();
        Assert.Contains("data-nav=\"my\"", html);
        Assert.Contains("data-nav=\"reports\"", html);
        Assert.DoesNotContain("data-nav=\"audit\"", html);
        Assert.Contains("data-task=\"dagan100.1.1\"", html);   // 城防办's task
        Assert.DoesNotContain("data-task=\"dagan100.2.1\"", html); // 计划财务处's task
    }

    [Fact]
    public async Task A_wrong_password_stays_on_the_sign_in_page_without_a_cookie()
    {
        using var page = new PageClient(App);
        var response = await page.SignIn("admin", "wrong-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await page.Get("/my")).StatusCode);
    }

    [Fact]
    public async Task A_return_address_off_the_site_is_ignored()
    {
        using var page = new PageClient(App);
        var response = await page.SignIn("admin", CommandCenterApp.AdminPassword, returnUrl: "//evil.example/x");
        Assert.Equal(App.BaseAddress.Authority, new Uri(App.BaseAddress, response.Headers.Location!).Authority);
        Assert.Equal("/today", new Uri(App.BaseAddress, response.Headers.Location!).PathAndQuery); // the office's own page, not the foreign one
    }

    [Theory]
    [InlineData("Administrator", "/today")]
    [InlineData("UnitHead", "/my")]
    [InlineData("GridHead", "/grid")]
    [InlineData("Viewer", "/")]
    public async Task Signing_in_without_a_page_to_return_to_lands_on_the_role_s_own_page(string role, string landing)
    {
        var userName = "landing-" + role.ToLowerInvariant();
        if (role != "Administrator")
        {
            var admin = await App.AdminClient();
            string[]? grids = role == "GridHead" ? ["JA-001"] : null;
            if (grids is not null)
            {
                await GridFiles.Import(admin);
            }

            (await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit = role == "UnitHead" ? "城防办" : null, grids })).EnsureSuccessStatusCode();
        }

        using var page = new PageClient(App);
        var response = await page.SignIn(role == "Administrator" ? "admin" : userName, role == "Administrator" ? CommandCenterApp.AdminPassword : Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(landing, new Uri(App.BaseAddress, response.Headers.Location!).PathAndQuery);
    }

    [Theory]
    [InlineData("Viewer", "/my")]
    [InlineData("GridHead", "/my")]
    [InlineData("UnitHead", "/audit")]
    [InlineData("UnitHead", "/campaigns/import")]
    [InlineData("Viewer", "/reports")]
    [InlineData("UnitHead", "/today")]
    [InlineData("GridHead", "/today")]
    public async Task A_signed_in_user_never_reaches_a_page_their_role_does_not_allow(string role, string path)
    {
        using var page = await SignedIn("user-" + role.ToLowerInvariant(), role, role == "UnitHead" ? "城防办" : null);
        var response = await page.Get(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task The_office_reaches_its_pages_and_sign_out_ends_the_session()
    {
        using var page = await SignedIn("admin", "Administrator");
        foreach (var path in new[] { "/my", "/audit", "/reports", "/campaigns/import" })
        {
            Assert.Equal(HttpStatusCode.OK, (await page.Get(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await page.SignOut("/my")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await page.Get("/my")).StatusCode);
    }

    [Fact]
    public async Task The_sign_in_cookie_does_not_authorize_API_writes()
    {
        using var page = await SignedIn("admin", "Administrator");
        var before = (await App.Reader().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/tasks/dagan100.1.1")).GetProperty("version").GetInt32();
        var response = await page.Send(new HttpRequestMessage(HttpMethod.Post, "/api/tasks/dagan100.1.1/progress") { Content = JsonContent.Create(new { value = 5 }) });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var after = (await App.Reader().GetFromJsonAsync<System.Text.Json.JsonElement>("/api/tasks/dagan100.1.1")).GetProperty("version").GetInt32();
        Assert.Equal(before, after);
    }
}
