using System.Net.Http.Headers;
using System.Text.Json;

namespace CommandCenter.Web.Tests;

/// <summary>The cluster overview (<c>GET /api/admin/cluster</c> and the page <c>/admin/cluster</c>) is the administrator's only.</summary>
public sealed class AdminClusterTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Someone-Pa55!";

    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } = new Dictionary<string, string?> { ["Orleans:Dashboard:Enabled"] = "true" };

    [Theory]
    [InlineData("anonymous", HttpStatusCode.Unauthorized)]
    [InlineData("display token", HttpStatusCode.Unauthorized)]
    [InlineData("Viewer", HttpStatusCode.Forbidden)]
    [InlineData("GridHead", HttpStatusCode.Forbidden)]
    [InlineData("UnitHead", HttpStatusCode.Forbidden)]
    public async Task Only_an_administrator_sees_the_cluster(string who, HttpStatusCode expected)
    {
        var client = await ClientOf(who);
        Assert.Equal(expected, (await client.GetAsync("/api/admin/cluster")).StatusCode);
        if (who == "anonymous")
        {
            // A page sends an anonymous visitor to sign in.
            using var visitor = new Pages.PageClient(App);
            var response = await visitor.Get("/admin/cluster");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery);
        }
        else
        {
            Assert.Equal(expected, (await client.GetAsync("/admin/cluster")).StatusCode);
        }
    }

    [Fact]
    public async Task The_page_opens_with_the_administrator_s_sign_in_cookie_and_refuses_a_unit_head_s()
    {
        using var office = new Pages.PageClient(App);
        Assert.Equal(HttpStatusCode.Redirect, (await office.SignIn("admin", CommandCenterApp.AdminPassword)).StatusCode);
        var page = await office.Get("/admin/cluster");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("集群状态", await page.Content.ReadAsStringAsync());

        await ClientOf("UnitHead");
        using var head = new Pages.PageClient(App);
        Assert.Equal(HttpStatusCode.Redirect, (await head.SignIn("someone-unithead", Password)).StatusCode);
        var denied = await head.Get("/admin/cluster");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/denied", denied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await head.Get("/api/admin/cluster")).StatusCode); // the API stays bearer-only
    }

    [Fact]
    public async Task The_administrator_sees_silos_activations_per_grain_type_and_request_rates()
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.1/progress", new { value = 5, note = "集群页" })).EnsureSuccessStatusCode();

        var overview = await admin.GetFromJsonAsync<JsonElement>("/api/admin/cluster");

        var silo = Assert.Single(overview.GetProperty("silos").EnumerateArray());
        Assert.Equal("Active", silo.GetProperty("status").GetString());
        var grains = overview.GetProperty("grains").EnumerateArray().ToList();
        var tasks = Assert.Single(grains, g => g.GetProperty("grainType").GetString()!.EndsWith("TaskGrain", StringComparison.Ordinal));
        Assert.True(tasks.GetProperty("activations").GetInt32() >= 43, tasks.ToString()); // the seeded campaign's tasks are active
        var requests = overview.GetProperty("requests").EnumerateArray().ToList();
        Assert.Equal(15, requests.Count);
        Assert.True(requests.Sum(r => r.GetProperty("requests").GetInt64()) >= 2); // the token and the update at least

        var page = await admin.GetStringAsync("/admin/cluster");
        Assert.Contains("集群状态", page);
        Assert.Contains(silo.GetProperty("address").GetString()!, page);
    }

    /// <summary>The Orleans dashboard reads every grain's state and streams the silos' logs: administrators only, like the cluster page.</summary>
    [Theory]
    [InlineData("anonymous")]
    [InlineData("display token")]
    [InlineData("Viewer")]
    [InlineData("GridHead")]
    [InlineData("UnitHead")]
    [InlineData("Administrator")]
    public async Task Only_an_administrator_opens_the_Orleans_dashboard_and_its_data(string who)
    {
        var client = who == "Administrator" ? await App.AdminClient() : await ClientOf(who);
        foreach (var path in new[] { "/admin/orleans/", "/admin/orleans/ClusterStats", "/admin/orleans/GrainTypes", "/admin/orleans/Reminders" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            using var response = await client.SendAsync(request);
            var status = response.StatusCode;
            if (who == "Administrator")
            {
                Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status}");
            }
            else
            {
                // A refused visitor never gets the dashboard: 401/403, or the sign-in page it is sent to.
                Assert.True(status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || response.RequestMessage!.RequestUri!.AbsolutePath is "/signin" or "/denied",
                    $"{who} on {path}: {(int)status} at {response.RequestMessage!.RequestUri}");
            }
        }
    }

    private async Task<HttpClient> ClientOf(string who)
    {
        switch (who)
        {
            case "anonymous":
                return App.Client();
            case "display token":
                var issued = await (await (await App.AdminClient()).PostAsJsonAsync("/api/display-tokens", new { name = "集群", campaignId = "dagan100" }))
                    .Content.ReadFromJsonAsync<JsonElement>();
                var screen = App.Client();
                screen.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.GetProperty("token").GetString());
                return screen;
            default:
                var userName = "someone-" + who.ToLowerInvariant();
                string[]? grids = who == "GridHead" ? ["JA-001"] : null;
                if (grids is not null)
                {
                    await GridFiles.Import(await App.AdminClient());
                }

                var created = await (await App.AdminClient()).PostAsJsonAsync("/api/users",
                    new { userName, password = Password, role = who, unit = who == "UnitHead" ? "城防办" : null, grids });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                return await App.ClientFor(userName, Password);
        }
    }
}
