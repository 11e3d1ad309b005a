using System.Text;
using System.Text.Json;
using CommandCenter.Storage;
using Npgsql;

namespace CommandCenter.Web.Tests;

public sealed class ApiTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string TaskId = "dagan100.8.1";

    [Fact]
    public void Uses_the_configured_database_not_a_managed_one()
    {
        var database = App.Service<CommandCenterDatabase>();
        var name = new NpgsqlConnectionStringBuilder(database.DataSource.ConnectionString).Database;
        Assert.StartsWith("test_", name);
    }

    [Fact]
    public async Task Ready_once_silo_and_database_are_usable()
    {
        var response = await App.Client().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Lists_and_serves_the_seeded_campaign()
    {
        var client = App.Reader();
        var campaigns = await client.GetFromJsonAsync<JsonElement>("/api/campaigns");
        var listed = Assert.Single(campaigns.EnumerateArray());
        Assert.Equal("dagan100", listed.GetProperty("id").GetString());
        Assert.Equal("大干实干一百天 守住底线创亮点", listed.GetProperty("name").GetString());

        var snapshot = await client.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        Assert.Equal(45, snapshot.GetProperty("day").GetInt32());
        Assert.Equal(100, snapshot.GetProperty("totalDays").GetInt32());
        var lines = snapshot.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(8, lines.Count);
        var task = lines[0].GetProperty("tasks")[0];
        foreach (var field in new[] { "id", "title", "ownerUnit", "target", "actual", "progress", "status" })
        {
            Assert.True(task.TryGetProperty(field, out _), $"task has no '{field}'");
        }
    }

    [Fact]
    public async Task Writing_requires_a_token()
    {
        var response = await App.Client().PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 1, note = "" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(await Version(), (await CurrentTask())!.Value.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Wrong_password_gets_no_token()
    {
        var response = await App.Client().PostAsJsonAsync("/api/auth/token", new { userName = "admin", password = "wrong" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Progress_is_answered_with_the_committed_state()
    {
        var client = await App.AdminClient();
        var before = await Version();
        var response = await client.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 321, note = "清理占道经营" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var task = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(321, task.GetProperty("actual").GetDecimal());
        Assert.Equal(before + 1, task.GetProperty("version").GetInt32());
        Assert.Equal("admin", task.GetProperty("lastUpdate").GetProperty("by").GetString());
        Assert.Equal(321, (await CurrentTask())!.Value.GetProperty("actual").GetDecimal());
    }

    [Theory]
    [InlineData("{\"value\": -1}", HttpStatusCode.BadRequest)]
    [InlineData("{}", HttpStatusCode.BadRequest)]
    [InlineData("{\"note\": \"no value\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"value\": \"many\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"value\": 1e999}", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("null", HttpStatusCode.BadRequest)]
    public async Task Bad_progress_input_gets_problem_details_and_stores_nothing(string body, HttpStatusCode expected)
    {
        var client = await App.AdminClient();
        var before = await Version();
        var response = await client.PostAsync($"/api/tasks/{TaskId}/progress", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await Version());
    }

    [Theory]
    [InlineData("/api/tasks/nope.1/progress")]
    [InlineData("/api/tasks/has%20space/progress")]
    public async Task Progress_for_an_unknown_task_is_404(string path)
    {
        var client = await App.AdminClient();
        var response = await client.PostAsJsonAsync(path, new { value = 1 });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/campaigns/nope")]
    [InlineData("/api/tasks/nope")]
    public async Task Unknown_ids_are_404_problems(string path)
    {
        var response = await App.Reader().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Concurrent_edits_based_on_one_version_give_one_200_and_one_409()
    {
        var client = await App.AdminClient();
        var version = await Version();
        var responses = await Task.WhenAll(
            client.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 100, baseVersion = version }),
            client.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 200, baseVersion = version }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
        var conflict = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).Content.ReadFromJsonAsync<JsonElement>();
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(version + 1, conflict.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal(winner.GetProperty("actual").GetDecimal(), conflict.GetProperty("current").GetProperty("actual").GetDecimal());
        Assert.Equal(version + 1, await Version());
    }

    [Fact]
    public async Task A_task_s_history_lists_each_update_with_before_and_after()
    {
        var client = await App.AdminClient();
        (await client.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 330, note = "第一周" })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync($"/api/tasks/{TaskId}/progress", new { value = 345, note = "第二周" })).EnsureSuccessStatusCode();

        var history = (await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}/history")).EnumerateArray().ToList();
        Assert.Equal((330m, 345m, "第二周", "admin"), (history[^1].GetProperty("before").GetDecimal(), history[^1].GetProperty("after").GetDecimal(),
            history[^1].GetProperty("note").GetString(), history[^1].GetProperty("by").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await App.Reader().GetAsync("/api/tasks/nope.1/history")).StatusCode);
    }

    private async Task<JsonElement?> CurrentTask() => await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{TaskId}");

    private async Task<int> Version() => (await CurrentTask())!.Value.GetProperty("version").GetInt32();
}
