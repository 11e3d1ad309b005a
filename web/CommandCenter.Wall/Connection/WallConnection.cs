using System.Text.Json;
using System.Text.Json.Serialization;
using CommandCenter.Wall.Model;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace CommandCenter.Wall.Connection;

/// <summary>
/// One screen's link to <c>/hubs/wall</c>: connects and reconnects forever, catches up from the last sequence
/// number after every reconnect, and tracks when it last heard from the server.
/// </summary>
public sealed class WallConnection(Uri hubUrl, string campaignId, string? displayToken) : IAsyncDisposable
{
    /// <summary>Without a message (heartbeats come every 5 s) for this long, the screen says its data is stale.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(15);

    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _reportsChanged = new(0);
    private HubConnection? _hub;

    public WallModel Model { get; } = new();

    /// <summary>The grid page's data, loaded on every (re)connect and kept live by <c>CaseChanged</c>.</summary>
    public GridWallModel Grids { get; } = new();

    public ConnectionState State { get; private set; } = ConnectionState.Connecting;

    public DateTimeOffset LastHeard { get; private set; } = DateTimeOffset.UtcNow;

    /// <summary>False when the server says the cluster behind it does not answer.</summary>
    public bool ClusterLive { get; private set; } = true;

    public bool Missing { get; private set; }

    /// <summary>This week's weekly-report status per lead unit, refreshed every <see cref="ReportsInterval"/>.</summary>
    public WeekReports? Reports { get; private set; }

    public static readonly TimeSpan ReportsInterval = TimeSpan.FromSeconds(30);

    /// <summary>The campaign's open supervision notices with their stages, refreshed with the reports.</summary>
    public IReadOnlyList<SupervisionNotice> Notices { get; private set; } = [];

    /// <summary>The open period's standings (the 排名 page), loaded on every (re)connect and replaced by each <c>Standings</c> message.</summary>
    public StandingsBoard? Standings { get; private set; }

    /// <summary>Raised on every change of what the screen shows; the page coalesces renders.</summary>
    public event Action? Changed;

    /// <summary>Raised when the office asks every screen to reload.</summary>
    public event Action? ReloadRequested;

    public TimeSpan Silence => DateTimeOffset.UtcNow - LastHeard;

    public bool IsStale => State != ConnectionState.Live || !ClusterLive || Silence > StaleAfter;

    public async Task StartAsync()
    {
        _hub = new HubConnectionBuilder()
            .WithUrl(hubUrl, o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.AccessTokenProvider = () => Task.FromResult(displayToken);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .WithAutomaticReconnect(new ForeverRetryPolicy())
            .Build();
        _hub.On<CampaignSnapshot>(nameof(IWallClient.Snapshot), OnSnapshot);
        _hub.On<List<WallChange>>(nameof(IWallClient.Changes), OnChanges);
        _hub.On<HeartbeatMessage>(nameof(IWallClient.Heartbeat), beat => { ClusterLive = beat.Live; Heard(); });
        _hub.On(nameof(IWallClient.Reload), () => ReloadRequested?.Invoke());
        _hub.On(nameof(IWallClient.ReportsChanged), () => _reportsChanged.Release());
        _hub.On(nameof(IWallClient.Revoked), () => Refused(ConnectionState.Revoked));
        _hub.On(nameof(IWallClient.TokenRequired), () => Refused(ConnectionState.TokenRequired));
        _hub.On<CaseWallChange>(nameof(IWallClient.CaseChanged), change => { Grids.Apply(change); Heard(); });
        _hub.On<StandingsBoard>(nameof(IWallClient.Standings), board => { Take(board); Heard(); });
        _hub.Reconnecting += _ => { State = ConnectionState.Reconnecting; Changed?.Invoke(); return Task.CompletedTask; };
        _hub.Reconnected += _ => CatchUp();
        await ConnectForever();
        _ = PollReports();
    }

    private async Task PollReports()
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                if (_hub!.State == HubConnectionState.Connected)
                {
                    Reports = await _hub.InvokeAsync<WeekReports?>(nameof(IWallHub.Reports), campaignId, _stop.Token);
                    Notices = await _hub.InvokeAsync<List<SupervisionNotice>>(nameof(IWallHub.Notices), campaignId, _stop.Token);
                    Changed?.Invoke();
                }
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                // Shown as stale by the connection state; the next round tries again.
            }

            // Wait for the next round, or for the server's word that a report changed.
            await _reportsChanged.WaitAsync(Reports is null ? TimeSpan.FromSeconds(2) : ReportsInterval, _stop.Token).ContinueWith(_ => { });

            // A burst of words (every unit submitting at once) is one re-read, not one per word.
            while (await _reportsChanged.WaitAsync(0))
            {
            }
        }
    }

    /// <summary>The first connection (or one after the hub gave up) is retried with the same backoff, forever.</summary>
    private async Task ConnectForever()
    {
        for (var attempt = 0L; !_stop.IsCancellationRequested && !IsRefused; attempt++)
        {
            try
            {
                await _hub!.StartAsync(_stop.Token);
                await CatchUp();
                return;
            }
            catch (Exception) when (!_stop.IsCancellationRequested)
            {
                State = ConnectionState.Reconnecting;
                Changed?.Invoke();
                await Task.Delay(ForeverRetryPolicy.Delay(attempt), _stop.Token);
            }
        }
    }

    private async Task CatchUp()
    {
        try
        {
            await _hub!.InvokeAsync(nameof(IWallHub.Resume), campaignId, Model.Sequence, _stop.Token);
            State = ConnectionState.Live;
            Missing = false;
            Heard();
            _ = LoadGrids();
            _ = LoadStandings();
        }
        catch (HubException) when (!IsRefused)
        {
            Missing = true;
            Changed?.Invoke();
        }
    }

    /// <summary>The grid page's start; a failure here never holds up the rest of the wall (the next reconnect retries).</summary>
    private async Task LoadGrids()
    {
        try
        {
            Grids.Load(await _hub!.InvokeAsync<GridBoard>(nameof(IWallHub.Grids), campaignId, _stop.Token));
            Changed?.Invoke();
        }
        catch (Exception) when (!_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>The map page's grids with their boundaries and the open cases that have a position (read by the page when it shows).</summary>
    public Task<MapData> Map(CancellationToken cancellationToken) =>
        _hub!.InvokeAsync<MapData>(nameof(IWallHub.Map), campaignId, cancellationToken);

    private async Task LoadStandings()
    {
        try
        {
            Take(await _hub!.InvokeAsync<StandingsBoard?>(nameof(IWallHub.Standings), campaignId, _stop.Token));
            Changed?.Invoke();
        }
        catch (Exception) when (!_stop.IsCancellationRequested)
        {
        }
    }

    /// <summary>A board computed before the one shown (a slow start-up read overtaken by a live message) is dropped.</summary>
    private void Take(StandingsBoard? board)
    {
        if (board is not null && (Standings is null || board.Units.GeneratedAt >= Standings.Units.GeneratedAt))
        {
            Standings = board;
        }
    }

    private void OnSnapshot(CampaignSnapshot snapshot)
    {
        if (!Model.Load(snapshot))
        {
            _ = CatchUp();
        }

        Heard();
    }

    private void OnChanges(List<WallChange> changes)
    {
        if (!changes.All(Model.Apply))
        {
            _ = CatchUp();
        }

        Heard();
    }

    /// <summary>The server will not serve this screen (token revoked or missing): no point in reconnecting.</summary>
    public bool IsRefused => State is ConnectionState.Revoked or ConnectionState.TokenRequired;

    private void Refused(ConnectionState state)
    {
        State = state;
        _stop.Cancel();
        _ = _hub!.StopAsync();
        Changed?.Invoke();
    }

    private void Heard()
    {
        LastHeard = DateTimeOffset.UtcNow;
        Changed?.Invoke();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }
    }
}
