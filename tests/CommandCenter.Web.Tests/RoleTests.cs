using System.Text.Json;

namespace CommandCenter.Web.Tests;

public sealed class RoleTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Unit-Head-Pa55!";
    private const string OwnTask = "dagan100.1.1";    // owned by 城防办
    private const string OtherTask = "dagan100.2.1";  // owned by 计划财务处

    private async Task<HttpClient> NewUser(string userName, string role, string? unit = null)
    {
        string[]? grids = null;
        if (role == "GridHead")
        {
            await GridFiles.Import(await App.AdminClient());
            grids = ["JA-001"];
        }

        var response = await (await App.AdminClient()).PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit, grids });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await App.ClientFor(userName, Password);
    }

    private async Task<int> Version(string taskId) =>
        (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}")).GetProperty("version").GetInt32();

    [Fact]
    public async Task A_unit_head_updates_their_own_unit_s_task_only()
    {
        var head = await NewUser("chengfangban", "UnitHead", "城防办");

        Assert.Equal(HttpStatusCode.OK, (await head.PostAsJsonAsync($"/api/tasks/{OwnTask}/progress", new { value = 100 })).StatusCode);

        var before = await Version(OtherTask);
        var refused = await head.PostAsJsonAsync($"/api/tasks/{OtherTask}/progress", new { value = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Version(OtherTask));
    }

    [Theory]
    [InlineData("Viewer")]
    [InlineData("GridHead")]
    public async Task Accounts_that_do_not_record_progress_get_403(string role)
    {
        var account = await NewUser("someone-" + role.ToLowerInvariant(), role);
        var before = await Version(OwnTask);
        Assert.Equal(HttpStatusCode.Forbidden, (await account.PostAsJsonAsync($"/api/tasks/{OwnTask}/progress", new { value = 1 })).StatusCode);
        Assert.Equal(before, await Version(OwnTask));
    }

    [Fact]
    public async Task Only_the_office_creates_accounts_and_manages_screens()
    {
        var head = await NewUser("paishui", "UnitHead", "城市排水管理处");
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync("/api/users", new { userName = "x", password = Password, role = "Administrator" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsJsonAsync("/api/display-tokens", new { name = "屏" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostAsync("/api/campaigns/dagan100/wall/reload", null)).StatusCode);
    }

    [Theory]
    [InlineData("{\"userName\":\"a\",\"password\":\"Unit-Head-Pa55!\",\"role\":\"Boss\"}", "role")]
    [InlineData("{\"userName\":\"b\",\"password\":\"Unit-Head-Pa55!\",\"role\":\"UnitHead\"}", "unit")]
    [InlineData("{\"userName\":\"c\",\"password\":\"short\",\"role\":\"Viewer\"}", "password")]
    public async Task Bad_account_requests_are_400_and_create_nothing(string body, string field)
    {
        var admin = await App.AdminClient();
        var response = await admin.PostAsync("/api/users", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        Assert.Equal(["admin"], users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
    }
}
