using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Every case change of a campaign's grid reaches its wall screens through the same hub.</summary>
public sealed class CaseWallTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_reported_and_dispatched_case_reaches_a_subscribed_screen_with_the_grid_s_new_counts()
    {
        var admin = await App.AdminClient();
        await GridFiles.Import(admin, campaignId: "dagan100");
        var messages = Channel.CreateUnbounded<JsonElement>();
        await using var connection = App.WallConnection();
        connection.On<JsonElement>("CaseChanged", body => messages.Writer.TryWrite(body));
        await connection.StartAsync();
        await connection.InvokeAsync("Subscribe", "dagan100");
        var board = await connection.InvokeAsync<JsonElement>("Grids", "dagan100");
        Assert.Equal(2, board.GetProperty("grids").GetArrayLength());
        Assert.Equal(0, board.GetProperty("total").GetProperty("received").GetInt32());

        var id = (await GridFiles.Json(await admin.PostAsJsonAsync("/api/cases", GridFiles.RoadCleaning()))).GetProperty("id").GetString();
        var reported = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal("dagan100", reported.GetProperty("campaignId").GetString());
        Assert.Equal(id, reported.GetProperty("case").GetProperty("id").GetString());
        Assert.Equal("reported", reported.GetProperty("case").GetProperty("status").GetString());
        Assert.Equal(1, reported.GetProperty("grid").GetProperty("stats").GetProperty("received").GetInt32());

        await admin.PostAsJsonAsync($"/api/cases/{id}/transitions", new { to = "dispatched", unit = "环卫处" });
        var dispatched = await messages.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        Assert.Equal(("dispatched", "环卫处"), (dispatched.GetProperty("case").GetProperty("status").GetString(), dispatched.GetProperty("case").GetProperty("unit").GetString()));

        var after = await connection.InvokeAsync<JsonElement>("Grids", "dagan100");
        Assert.Equal(id, Assert.Single(after.GetProperty("recent").EnumerateArray()).GetProperty("id").GetString());
    }
}
