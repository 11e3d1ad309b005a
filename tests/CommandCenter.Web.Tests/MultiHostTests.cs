using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

public sealed class MultiHostTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task A_change_posted_to_one_web_host_reaches_screens_on_another()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        await using var hostA = CommandCenterApp.Start(connectionString);
        await using var hostB = CommandCenterApp.Start(connectionString);

        var changes = Channel.CreateUnbounded<JsonElement>();
        await using var screen = hostB.WallConnection();
        screen.On<JsonElement>("Changes", frame => { foreach (var c in frame.EnumerateArray()) changes.Writer.TryWrite(c); });
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");

        var client = await hostA.AdminClient();
        (await client.PostAsJsonAsync("/api/tasks/dagan100.2.1/progress", new { value = 3, note = "跨主机" })).EnsureSuccessStatusCode();

        var change = await changes.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("dagan100.2.1", change.GetProperty("task").GetProperty("id").GetString());
        Assert.Equal(3, change.GetProperty("task").GetProperty("lastUpdate").GetProperty("value").GetDecimal());
    }
}
