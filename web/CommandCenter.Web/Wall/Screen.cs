using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// One wall connection's send loop: one message in flight at a time. While a write waits for the connection (the
/// screen reads slowly or not at all), what comes for the screen is merged into its <see cref="ScreenOutbox"/> — the
/// latest state, bounded by the campaign — instead of queueing, and goes out when the write completes. Nothing is
/// buffered per screen beyond that outbox and SignalR's own send buffer (<see cref="ScreenSettings.SendBufferBytes"/>).
/// </summary>
public sealed class Screen(HubConnectionContext connection)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ScreenOutbox> _outboxes = new(StringComparer.Ordinal);
    private bool _busy;
    private long _writeStarted;
    private int _aborted;

    public string ConnectionId => connection.ConnectionId;

    /// <summary>The campaigns this screen watches (the registry's lock guards it).</summary>
    internal HashSet<string> Campaigns { get; } = new(StringComparer.Ordinal);

    /// <summary>How long the write in flight has waited for the connection; zero when none waits.</summary>
    public TimeSpan WriteWaiting => Volatile.Read(ref _writeStarted) is var started and not 0 ? Stopwatch.GetElapsedTime(started) : TimeSpan.Zero;

    /// <summary>Entries waiting in this screen's outboxes.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _outboxes.Values.Sum(o => o.Count);
            }
        }
    }

    /// <returns>True when the message went out as it is; false when it was merged into the outbox.</returns>
    public bool Deliver(string campaignId, ScreenMessage message)
    {
        lock (_gate)
        {
            var outbox = Outbox(campaignId);
            if (_busy)
            {
                outbox.Merge(message);
                return false;
            }

            _busy = true;
            outbox.Passed(message);
        }

        _ = Run(message.Shared);
        return true;
    }

    public void Forget(string campaignId)
    {
        lock (_gate)
        {
            _outboxes.Remove(campaignId);
        }
    }

    public bool Aborted => Volatile.Read(ref _aborted) == 1;

    /// <returns>False when the connection was already aborted.</returns>
    public bool Abort()
    {
        if (Interlocked.Exchange(ref _aborted, 1) == 1)
        {
            return false;
        }

        connection.Abort();
        return true;
    }

    private ScreenOutbox Outbox(string campaignId)
    {
        if (!_outboxes.TryGetValue(campaignId, out var outbox))
        {
            _outboxes[campaignId] = outbox = new ScreenOutbox();
        }

        return outbox;
    }

    private async Task Run(SerializedHubMessage first)
    {
        var next = new List<SerializedHubMessage> { first };
        try
        {
            while (true)
            {
                foreach (var message in next)
                {
                    Volatile.Write(ref _writeStarted, Stopwatch.GetTimestamp());
                    await connection.WriteAsync(message);
                    Volatile.Write(ref _writeStarted, 0);
                }

                next.Clear();
                lock (_gate)
                {
                    foreach (var outbox in _outboxes.Values)
                    {
                        outbox.TakeInto(next);
                    }

                    if (next.Count == 0)
                    {
                        _busy = false;
                        return;
                    }
                }
            }
        }
        catch (Exception)
        {
            // The connection is gone (its close is handled by SignalR); the screen catches up when it reconnects.
            Volatile.Write(ref _writeStarted, 0);
            lock (_gate)
            {
                _busy = false;
            }
        }
    }
}
