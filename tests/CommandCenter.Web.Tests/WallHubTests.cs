using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

public sealed class WallHubTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_subscribed_client_gets_the_snapshot_then_the_change_after_a_post()
    {
        var messages = Channel.CreateUnbounded<(string Kind, JsonElement Body)>();
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("Snapshot", body => messages.Writer.TryWrite(("Snapshot", body)));
        connection.On<JsonElement>("Changes", frame => { foreach (var c in frame.EnumerateArray()) messages.Writer.TryWrite(("Change", c)); });
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");

        var (kind, snapshot) = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("Snapshot", kind);
        var sequence = snapshot.GetProperty("sequence").GetInt64();

        var client = await App.AdminClient();
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
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("Changes", frame => { foreach (var c in frame.EnumerateArray()) changes.Writer.TryWrite(c); });
        await connection.StartAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("Subscribe", "no-such-campaign"));
        Assert.Contains("Unknown campaign", error.Message);

        var client = await App.AdminClient();
        (await client.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = 260 })).EnsureSuccessStatusCode();

        // The positive case above shows a change arrives well within this time when subscribed.
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.False(changes.Reader.TryRead(out _));
    }

    [Fact]
    public async Task Resume_sends_only_the_changes_a_screen_missed()
    {
        var client = await App.AdminClient();
        await using var first = App.WallConnection();
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        first.On<JsonElement>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await first.StartAsync();
        await first.InvokeAsync("Subscribe", "dagan100");
        var seen = (await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait)).GetProperty("sequence").GetInt64();
        await first.StopAsync();

        // Two updates while the screen is away.
        (await client.PostAsJsonAsync("/api/tasks/dagan100.8.2/progress", new { value = 10 })).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync("/api/tasks/dagan100.8.3/progress", new { value = 11 })).EnsureSuccessStatusCode();

        var frames = Channel.CreateUnbounded<JsonElement>();
        var fresh = Channel.CreateUnbounded<JsonElement>();
        await using var second = App.WallConnection();
        second.On<JsonElement>("Changes", f => { foreach (var c in f.EnumerateArray()) frames.Writer.TryWrite(c); });
        second.On<JsonElement>("Snapshot", s => fresh.Writer.TryWrite(s));
        await second.StartAsync();
        await second.InvokeAsync("Resume", "dagan100", seen);

        // The screen joins the group before it reads the log, so the live frame of the second update may overtake the
        // catch-up and arrive twice (docs/HUB-PROTOCOL.md); a screen orders by sequence, and so does this test.
        var missed = new SortedDictionary<long, string>();
        while (missed.Count < 2)
        {
            var change = await frames.Reader.ReadAsync().AsTask().WaitAsync(Wait);
            missed[change.GetProperty("sequence").GetInt64()] = change.GetProperty("task").GetProperty("id").GetString()!;
        }

        Assert.Equal(new[] { seen + 1, seen + 2 }, missed.Keys);
        Assert.Equal(new[] { "dagan100.8.2", "dagan100.8.3" }, missed.Values);
        Assert.False(fresh.Reader.TryRead(out _), "no snapshot is needed while the change log reaches back");
    }

    [Fact]
    public async Task Resume_from_a_sequence_the_log_no_longer_holds_sends_a_snapshot()
    {
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("Snapshot", s => snapshots.Writer.TryWrite(s));
        await connection.StartAsync();
        await connection.InvokeAsync("Resume", "dagan100", 7L); // an earlier activation's number
        var snapshot = await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal(8, snapshot.GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Reload_request_reaches_subscribed_screens()
    {
        var reloads = Channel.CreateUnbounded<bool>();
        await using var connection = App.WallConnection();
        connection.On("Reload", () => reloads.Writer.TryWrite(true));
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");

        var response = await (await App.AdminClient()).PostAsync("/api/campaigns/dagan100/wall/reload", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await reloads.Reader.ReadAsync().AsTask().WaitAsync(Wait));
    }
}
