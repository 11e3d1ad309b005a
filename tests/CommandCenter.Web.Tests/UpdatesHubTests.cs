using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>
/// <c>/hubs/updates</c>: progress updates over one connection follow the API's rules — durable before the answer, the
/// unit's own tasks only, the API's refusals with their kinds — and only writers may connect.
/// </summary>
public sealed class UpdatesHubTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Password = "Updates-Hub-Pa55!";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private async Task<string> Token(string userName, string role, string? unit = null)
    {
        var admin = await App.AdminClient();
        (await admin.PostAsJsonAsync("/api/users", new { userName, password = Password, role, unit })).EnsureSuccessStatusCode();
        var response = await App.Client().PostAsJsonAsync("/api/auth/token", new { userName, password = Password });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    /// <summary>Two quantity tasks of the demo campaign with different owner units.</summary>
    private async Task<(JsonElement Own, JsonElement Other)> Tasks()
    {
        var snapshot = await App.Reader().GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100");
        var tasks = snapshot.GetProperty("lines").EnumerateArray().SelectMany(l => l.GetProperty("tasks").EnumerateArray())
            .Where(t => t.GetProperty("target").GetProperty("kind").GetString() == "quantity").ToList();
        var own = tasks[0];
        return (own, tasks.First(t => t.GetProperty("ownerUnit").GetString() != own.GetProperty("ownerUnit").GetString()));
    }

    [Fact]
    public async Task A_unit_head_s_update_is_durable_when_answered_and_reaches_the_wall()
    {
        var (own, _) = await Tasks();
        var id = own.GetProperty("id").GetString()!;
        var token = await Token("hub-head", "UnitHead", own.GetProperty("ownerUnit").GetString());
        var changes = Channel.CreateUnbounded<JsonElement>();
        await using var wall = App.WallConnection();
        wall.On<JsonElement>("Changes", frame => { foreach (var c in frame.EnumerateArray()) changes.Writer.TryWrite(c); });
        await wall.StartAsync();
        await wall.InvokeAsync("Subscribe", "dagan100");

        await using var connection = App.UpdatesConnection(token);
        await connection.StartAsync();
        var reply = await connection.InvokeAsync<JsonElement>("Report", id, new { value = 321, note = "专线报送" });

        Assert.True(reply.GetProperty("ok").GetBoolean());
        var answered = reply.GetProperty("task");
        Assert.Equal(321, answered.GetProperty("actual").GetDecimal());
        Assert.Equal(own.GetProperty("version").GetInt32() + 1, answered.GetProperty("version").GetInt32());
        var stored = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}");
        Assert.Equal((321m, answered.GetProperty("version").GetInt32()), (stored.GetProperty("actual").GetDecimal(), stored.GetProperty("version").GetInt32()));
        var history = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{id}/history");
        var last = history.EnumerateArray().Last();
        Assert.Equal(("hub-head", "专线报送"), (last.GetProperty("by").GetString(), last.GetProperty("note").GetString()));

        JsonElement change;
        do
        {
            change = await changes.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        }
        while (change.GetProperty("task").GetProperty("id").GetString() != id);
        Assert.Equal(321, change.GetProperty("task").GetProperty("actual").GetDecimal());
    }

    [Fact]
    public async Task Refusals_carry_the_API_s_kind_and_store_nothing()
    {
        var (own, other) = await Tasks();
        var id = own.GetProperty("id").GetString()!;
        var token = await Token("hub-head2", "UnitHead", own.GetProperty("ownerUnit").GetString());
        await using var connection = App.UpdatesConnection(token);
        await connection.StartAsync();

        async Task<JsonElement> Refused(string taskId, object request, string kind)
        {
            var reply = await connection.InvokeAsync<JsonElement>("Report", taskId, request);
            Assert.False(reply.GetProperty("ok").GetBoolean());
            Assert.Equal(kind, reply.GetProperty("kind").GetString());
            Assert.False(string.IsNullOrEmpty(reply.GetProperty("reason").GetString()));
            return reply;
        }

        Assert.Contains(other.GetProperty("ownerUnit").GetString()!, (await Refused(other.GetProperty("id").GetString()!, new { value = 5 }, "forbidden")).GetProperty("reason").GetString());
        var stale = await Refused(id, new { value = 5, baseVersion = own.GetProperty("version").GetInt32() - 1 }, "stale");
        Assert.Equal(own.GetProperty("version").GetInt32(), stale.GetProperty("current").GetProperty("version").GetInt32());
        Assert.Equal("value", (await Refused(id, new { note = "没有数值" }, "invalid")).GetProperty("field").GetString());
        await Refused("dagan100.no-such-task", new { value = 5 }, "notFound");

        foreach (var task in new[] { own, other })
        {
            var now = await App.Reader().GetFromJsonAsync<JsonElement>($"/api/tasks/{task.GetProperty("id").GetString()}");
            Assert.Equal(task.GetProperty("version").GetInt32(), now.GetProperty("version").GetInt32());
        }

        // The connection stays usable after a refusal.
        var answered = await connection.InvokeAsync<JsonElement>("Report", id, new { value = 6 });
        Assert.Equal(own.GetProperty("version").GetInt32() + 1, answered.GetProperty("task").GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-token", HttpStatusCode.Unauthorized)]
    [InlineData("display token", HttpStatusCode.Unauthorized)]
    [InlineData("Viewer", HttpStatusCode.Forbidden)]
    public async Task Only_writers_may_connect(string? who, HttpStatusCode expected)
    {
        var token = who switch
        {
            null => null,
            "not-a-token" => "not-a-token",
            "display token" => (await (await (await App.AdminClient()).PostAsJsonAsync("/api/display-tokens", new { name = "大屏", campaignId = "dagan100" }))
                .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString(),
            _ => await Token("hub-" + who.ToLowerInvariant(), who),
        };
        await using var connection = App.UpdatesConnection(token);
        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());
        Assert.Equal(expected, refused.StatusCode);
    }
}
