using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Walls are private by default: a screen needs a display token (or an account), unless <c>Wall:Public</c>.</summary>
public sealed class WallAccessTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private CommandCenterApp App { get; set; } = null!;

    public async Task InitializeAsync() => App = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static HubConnection Screen(CommandCenterApp app, string? token) => new HubConnectionBuilder()
        .WithUrl(new Uri(app.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult(token))
        .Build();

    /// <summary>Connects and waits for what the hub says first: the message it refused with, or a snapshot.</summary>
    private static async Task<string> FirstWord(HubConnection screen, string campaignId = "dagan100")
    {
        var said = Channel.CreateUnbounded<string>();
        screen.On("TokenRequired", () => said.Writer.TryWrite("TokenRequired"));
        screen.On("Revoked", () => said.Writer.TryWrite("Revoked"));
        screen.On<JsonElement>("Snapshot", _ => said.Writer.TryWrite("Snapshot"));
        screen.Closed += _ => { said.Writer.TryWrite("Closed"); return Task.CompletedTask; };
        await screen.StartAsync();
        _ = screen.InvokeAsync("Subscribe", campaignId).ContinueWith(_ => { });
        return await said.Reader.ReadAsync().AsTask().WaitAsync(Wait);
    }

    [Fact]
    public async Task An_anonymous_wall_connection_is_refused_with_token_required_unless_walls_are_public()
    {
        await using var anonymous = Screen(App, null);
        Assert.Equal("TokenRequired", await FirstWord(anonymous));

        await using var open = CommandCenterApp.Start(await postgres.CreateDatabaseAsync(), settings: new Dictionary<string, string?> { ["Wall:Public"] = "true" });
        await using var onPublicWall = Screen(open, null);
        Assert.Equal("Snapshot", await FirstWord(onPublicWall));
    }

    [Fact]
    public async Task A_revoked_display_token_cannot_reconnect_and_a_screen_that_drops_it_is_not_let_in_either()
    {
        var admin = await App.AdminClient();
        var issued = await (await admin.PostAsJsonAsync("/api/display-tokens", new { name = "指挥大厅 2 号屏", campaignId = "dagan100" })).Content.ReadFromJsonAsync<JsonElement>();
        var token = issued.GetProperty("token").GetString()!;
        await using (var screen = Screen(App, token))
        {
            Assert.Equal("Snapshot", await FirstWord(screen));
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/display-tokens/{issued.GetProperty("id").GetString()}")).StatusCode);

        await using var reconnect = Screen(App, token);
        Assert.Equal("Revoked", await FirstWord(reconnect));
        await using var withoutToken = Screen(App, null);
        Assert.Equal("TokenRequired", await FirstWord(withoutToken));
    }

    [Fact]
    public async Task A_display_token_is_bound_to_its_campaign_on_every_hub_method()
    {
        var token = await App.IssueDisplayToken("dagan100");
        await using var screen = Screen(App, token);
        Assert.Equal("Snapshot", await FirstWord(screen));
        foreach (var method in new[] { "Resume", "Reports", "Grids", "Notices" })
        {
            object?[] arguments = method == "Resume" ? ["other-campaign", -1L] : ["other-campaign"];
            await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => screen.InvokeCoreAsync<object>(method, arguments));
        }
    }
}
