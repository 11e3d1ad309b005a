using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

[Collection(PostgresCollection.Name)]
public sealed class WallHubTests(PostgresFixture postgres) : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private CommandCenterApp _app = null!;

    public async Task InitializeAsync() => _app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_subscribed_client_gets_the_snapshot_then_the_change_after_a_post()
    {
        var messages = Channel.CreateUnbounded<(string Kind, JsonElement Body)>();
        await using var connection = _app.WallConnection();
        connection.On<JsonElement>("Snapshot", body => messages.Writer.TryWrite(("Snapshot", body)));
        connection.On<JsonElement>("Change", body => messages.Writer.TryWrite(("Change", body)));
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");

        var (kind, snapshot) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("Snapshot", kind);
        var sequence = snapshot.GetProperty("sequence").GetInt64();

        var client = await _app.AdminClient();
        var response = await client.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = 250, note = "联合执法" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var (changeKind, change) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("Change", changeKind);
        Assert.Equal(sequence + 1, change.GetProperty("sequence").GetInt64());
        Assert.Equal("dagan100", change.GetProperty("campaignId").GetString());
        var task = change.GetProperty("task");
        Assert.Equal("dagan100.8.1", task.GetProperty("id").GetString());
        Assert.Equal(250, task.GetProperty("actual").GetDecimal());
        Assert.Equal("八", change.GetProperty("line").GetProperty("code").GetString());
        Assert.True(change.GetProperty("campaign").TryGetProperty("progress", out _));
    }

    [Fact]
    public async Task A_client_of_another_campaign_gets_no_change()
    {
        var changes = Channel.CreateUnbounded<JsonElement>();
        await using var connection = _app.WallConnection();
        connection.On<JsonElement>("Change", body => changes.Writer.TryWrite(body));
        await connection.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Subscribe", "no-such-campaign"));
        Assert.Contains("Unknown campaign", error.Message);

        var client = await _app.AdminClient();
        (await client.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = 260 })).EnsureSuccessStatusCode();

        // The positive case above shows a change arrives well within this time when subscribed.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(changes.Reader.TryRead(out _));
    }
}
