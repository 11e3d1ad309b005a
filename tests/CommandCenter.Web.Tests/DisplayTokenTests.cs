using System.Net.Http.Headers;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

public sealed class DisplayTokenTests(PostgresFixture postgres) : AppTests(postgres)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private async Task<(string Id, string Token)> Issue(string? campaignId = "dagan100")
    {
        var response = await (await App.AdminClient()).PostAsJsonAsync("/api/display-tokens", new { name = "指挥大厅 1 号屏", campaignId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("id").GetString()!, body.GetProperty("token").GetString()!);
    }

    private HubConnection Screen(string token) =>
        new HubConnectionBuilder().WithUrl(new Uri(App.BaseAddress, "/hubs/wall"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token)).Build();

    [Fact]
    public async Task Only_the_office_manages_display_tokens()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().GetAsync("/api/display-tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.Client().PostAsJsonAsync("/api/display-tokens", new { name = "x" })).StatusCode);
        var (id, token) = await Issue();

        var listed = await (await App.AdminClient()).GetFromJsonAsync<JsonElement>("/api/display-tokens");
        var entry = Assert.Single(listed.EnumerateArray());
        Assert.Equal(id, entry.GetProperty("id").GetString());
        Assert.DoesNotContain(token, listed.GetRawText());
    }

    [Theory]
    [InlineData("{\"name\": \"\"}")]
    [InlineData("{\"name\": \"屏\", \"campaignId\": \"nope\"}")]
    public async Task Bad_token_requests_are_400(string body)
    {
        var client = await App.AdminClient();
        var response = await client.PostAsync("/api/display-tokens", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/display-tokens")).EnumerateArray());
    }

    [Fact]
    public async Task A_display_token_cannot_write()
    {
        var (_, token) = await Issue();
        var client = App.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/tasks/dagan100.8.1/progress", new { value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/campaigns/dagan100/wall/reload", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/display-tokens", new { name = "x" })).StatusCode);
    }

    [Fact]
    public async Task A_screen_with_a_token_watches_and_is_cut_off_when_it_is_revoked()
    {
        var (id, token) = await Issue();
        var snapshots = Channel.CreateUnbounded<JsonElement>();
        var revoked = Channel.CreateUnbounded<bool>();
        await using var screen = Screen(token);
        screen.On<JsonElement>("Snapshot", s => snapshots.Writer.TryWrite(s));
        screen.On("Revoked", () => revoked.Writer.TryWrite(true));
        var closed = new TaskCompletionSource();
        screen.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await screen.StartAsync();
        await screen.InvokeAsync("Subscribe", "dagan100");
        await snapshots.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        Assert.Equal(HttpStatusCode.NoContent, (await (await App.AdminClient()).DeleteAsync($"/api/display-tokens/{id}")).StatusCode);

        Assert.True(await revoked.Reader.ReadAsync().AsTask().WaitAsync(Wait));
        await closed.Task.WaitAsync(Wait);

        // A revoked token is refused on the next connection too.
        var again = Channel.CreateUnbounded<bool>();
        await using var retry = Screen(token);
        retry.On("Revoked", () => again.Writer.TryWrite(true));
        await retry.StartAsync();
        Assert.True(await again.Reader.ReadAsync().AsTask().WaitAsync(Wait));
    }

    [Fact]
    public async Task A_token_for_one_campaign_does_not_show_another()
    {
        var (_, token) = await Issue();
        await using var screen = Screen(token);
        await screen.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => screen.InvokeAsync("Subscribe", "other-campaign"));
    }
}
