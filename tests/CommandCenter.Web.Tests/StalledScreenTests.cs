using W = CommandCenter.Wall.Contracts;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using CommandCenter.Campaigns;
using CommandCenter.Tasks;
using CommandCenter.Wall;
using CommandCenter.Wall.Model;
using CommandCenter.Web.Wall;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Web.Tests;

/// <summary>Back-pressure per screen: a screen that stops reading costs the host a bounded outbox, then its connection.</summary>
public sealed class StalledScreenTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const double StallSeconds = 4;

    protected override IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Wall:Screens:StallTimeoutSeconds"] = StallSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task A_screen_that_stops_reading_keeps_a_bounded_outbox_does_not_hold_up_others_and_is_disconnected()
    {
        var screens = App.Service<WallScreens>();
        var snapshot = (await App.Reader().GetFromJsonAsync<CampaignSnapshot>("/api/campaigns/dagan100", WallFrameTests.HubJson))!;
        var taskCount = snapshot.Lines.Sum(l => l.Tasks.Count);
        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).Where(t => t.Target.Kind == TargetKind.Quantity).Select(t => t.Id).ToList();

        // A reading screen beside it.
        var model = new WallModel();
        await using var reader = await WallFrameTests.TypedScreen(App);
        reader.On<CampaignSnapshot>("Snapshot", s => { lock (model) model.Load(s); });
        reader.On<List<WallChange>>("Changes", f => { lock (model) f.All(model.Apply); });
        await reader.StartAsync();
        await reader.InvokeAsync("Subscribe", "dagan100");

        // A screen that completes the handshake, subscribes, keeps pinging (so SignalR's client timeout never ends it)
        // and never reads again; a small receive buffer so the host's socket fills quickly.
        using var stalled = await StalledScreen(await App.DisplayToken());
        await WallFrameTests.WaitFor(() => screens.All.Any(s => s.ConnectionId != reader.ConnectionId && s.Campaigns.Contains("dagan100")));
        var silent = screens.All.Single(s => s.ConnectionId != reader.ConnectionId);
        using var pinging = new CancellationTokenSource();
        var pings = Task.Run(async () =>
        {
            try
            {
                while (!pinging.IsCancellationRequested)
                {
                    await Send(stalled, "{\"type\":6}");
                    await Task.Delay(1000, pinging.Token).ContinueWith(_ => { });
                }
            }
            catch (WebSocketException)
            {
                // The host dropped the connection.
            }
        });

        var client = await App.AdminClient();
        var posted = 0;
        var maxPending = 0;
        using var writing = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            while (!writing.IsCancellationRequested && screens.Find(silent.ConnectionId) is not null)
            {
                var n = Interlocked.Increment(ref posted);
                // Long notes make every frame large, so the stalled connection's buffers fill within seconds.
                var note = new string('进', 1500) + n;
                (await client.PostAsJsonAsync($"/api/tasks/{tasks[n % tasks.Count]}/progress", new { value = 2000 + n, note })).EnsureSuccessStatusCode();
            }
        })).ToList();

        // The silent screen's write waits, its outbox stays within one entry per task (plus a snapshot and standings)
        // however many updates flow, and after the stall timeout the host drops it.
        var stuckSeen = false;
        while (screens.Find(silent.ConnectionId) is not null)
        {
            Assert.False(writing.IsCancellationRequested, $"the silent screen was never dropped ({posted} updates, outbox {silent.Pending}, write waiting {silent.WriteWaiting})");
            stuckSeen |= silent.WriteWaiting > TimeSpan.FromSeconds(1);
            maxPending = Math.Max(maxPending, silent.Pending);
            await Task.Delay(20);
        }

        await Task.WhenAll(writers);
        await pinging.CancelAsync();
        await pings;
        Assert.True(stuckSeen, "the silent screen's write never waited: the test did not stall it");
        Assert.Equal(1, screens.Dropped);
        Assert.True(screens.Coalesced > 0);
        Assert.InRange(maxPending, 1, taskCount + 2);
        Assert.True(posted > 3 * (taskCount + 2), $"only {posted} updates: not enough to show the outbox is bounded");

        // The reading screen was never held up: it ends with the final state of every task.
        var final = (await App.Reader().GetFromJsonAsync<CampaignSnapshot>("/api/campaigns/dagan100", WallFrameTests.HubJson))!;
        await WallFrameTests.WaitFor(() => { lock (model) return model.Sequence == final.Sequence; });
        lock (model)
        {
            Assert.Equal(final.Lines.SelectMany(l => l.Tasks).ToDictionary(t => t.Id, t => t.Version),
                model.Snapshot!.Lines.SelectMany(l => l.Tasks).ToDictionary(t => t.Id, t => t.Version));
        }
    }

    private async Task<ClientWebSocket> StalledScreen(string token)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096, NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        var socket = new ClientWebSocket();
        var address = new UriBuilder(new Uri(App.BaseAddress, "/hubs/wall")) { Scheme = "ws", Query = "access_token=" + Uri.EscapeDataString(token) }.Uri;
        await socket.ConnectAsync(address, new HttpMessageInvoker(handler), CancellationToken.None);
        await Send(socket, "{\"protocol\":\"json\",\"version\":1}");
        var buffer = new byte[1024];
        var answer = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, answer.Count));
        await Send(socket, "{\"type\":1,\"target\":\"Subscribe\",\"arguments\":[\"dagan100\"]}");
        return socket;
    }

    private static readonly SemaphoreSlim Sending = new(1);

    private static async Task Send(ClientWebSocket socket, string message)
    {
        await Sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(message + "\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            Sending.Release();
        }
    }
}
