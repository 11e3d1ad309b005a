namespace CommandCenter.Web.Tests.Pages;

/// <summary>The grid, case, ledger and notice pages admit only their roles, and a grid head's pages show only their own grids' cases.</summary>
public sealed class GridCasePageTests(PostgresFixture postgres) : AppTests(postgres)
{
    private async Task<PageClient> SignedIn(string userName, string role, string? unit = null, string[]? grids = null)
    {
        var response = await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName, password = GridFiles.Password, role, unit, grids });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var page = new PageClient(App);
        Assert.Equal(HttpStatusCode.Redirect, (await page.SignIn(userName, GridFiles.Password)).StatusCode);
        return page;
    }

    /// <summary>The prerendered page as text (Blazor writes Chinese as character references).</summary>
    private static async Task<string> Html(PageClient page, string path) =>
        WebUtility.HtmlDecode(await (await page.Get(path)).Content.ReadAsStringAsync());

    [Theory]
    [InlineData("/grid")]
    [InlineData("/cases/new")]
    [InlineData("/cases/JA-001.1")]
    [InlineData("/ledger")]
    [InlineData("/notices")]
    [InlineData("/inbox")]
    public async Task An_anonymous_visitor_is_sent_to_sign_in(string path)
    {
        using var page = new PageClient(App);
        var response = await page.Get(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("GridHead", "/ledger")]
    [InlineData("GridHead", "/notices")]
    [InlineData("GridHead", "/inbox")]
    [InlineData("UnitHead", "/grid")]
    [InlineData("UnitHead", "/cases/new")]
    [InlineData("UnitHead", "/notices")]
    [InlineData("Viewer", "/grid")]
    [InlineData("Viewer", "/inbox")]
    [InlineData("Viewer", "/notices")]
    public async Task A_role_never_reaches_a_page_it_is_not_for(string role, string path)
    {
        await GridFiles.Import(await App.AdminClient());
        using var page = await SignedIn("user-" + role.ToLowerInvariant(), role, role == "UnitHead" ? "城防办" : null, role == "GridHead" ? ["JA-001"] : null);
        var response = await page.Get(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_grid_head_sees_their_own_grid_s_cases_and_not_another_grid_s()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin);
        async Task<string> Report(string grid, string description) =>
            (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", new { gridCode = grid, category = "市容环境", subcategory = "暴露垃圾", source = "hotline", description })))
            .GetProperty("id").GetString()!;
        var own = await Report("JA-001", "本网格的案件");
        var other = await Report("JA-002", "别的网格的案件");
        using var page = await SignedIn("zhangsan", "GridHead", grids: ["JA-001"]);

        var grid = await Html(page, "/grid");
        Assert.Contains($"data-case=\"{own}\"", grid);
        Assert.Contains("本网格的案件", grid);
        Assert.DoesNotContain($"data-case=\"{other}\"", grid);
        Assert.Contains("data-nav=\"grid\"", grid);
        Assert.DoesNotContain("data-nav=\"ledger\"", grid);

        var mine = await Html(page, $"/cases/{own}");
        Assert.Contains("本网格的案件", mine);
        Assert.Contains("data-action=\"dispatched\"", mine);
        var theirs = await Html(page, $"/cases/{other}");
        Assert.Contains("data-page=\"case-missing\"", theirs);
        Assert.DoesNotContain("别的网格的案件", theirs);
        Assert.DoesNotContain("data-action=", theirs);

        var form = await Html(page, "/cases/new?grid=JA-002");
        // The report form offers only the grid head's own grids: asked for another's, it picks their own (the grid drop-down shows "code name").
        Assert.Contains("JA-001 城北一网格", form);
        Assert.DoesNotContain("城北二网格", form);
    }
}
