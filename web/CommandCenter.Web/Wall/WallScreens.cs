using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// This host's wall screens and the campaigns they watch. Every message for a campaign's screens goes through here
/// rather than a group send: each screen has its own send loop (<see cref="Screen"/>), so one that cannot keep up
/// gets coalesced state later instead of an ever longer queue, and never holds up the others.
/// </summary>
public sealed class WallScreens
{
    private readonly ConcurrentDictionary<string, Screen> _screens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Screen[]> _watching = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _coalesced;
    private long _dropped;

    public int Count => _screens.Count;

    /// <summary>Messages merged into a busy screen's outbox instead of sent (since the host started).</summary>
    public long Coalesced => Interlocked.Read(ref _coalesced);

    /// <summary>Screens disconnected because their connection took nothing for the stall timeout.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public IEnumerable<Screen> All => _screens.Values;

    /// <summary>The most entries any one screen has waiting (bounded by its campaign's tasks and grids).</summary>
    public int MaxPending => _screens.Values.Select(s => s.Pending).DefaultIfEmpty(0).Max();

    public Screen? Find(string connectionId) => _screens.GetValueOrDefault(connectionId);

    internal void Connected(HubConnectionContext connection) => _screens[connection.ConnectionId] = new Screen(connection);

    internal void Disconnected(string connectionId)
    {
        if (!_screens.TryRemove(connectionId, out var screen))
        {
            return;
        }

        lock (_gate)
        {
            foreach (var campaignId in screen.Campaigns)
            {
                Remove(campaignId, screen);
            }

            screen.Campaigns.Clear();
        }
    }

    public void Watch(string connectionId, string campaignId)
    {
        if (!_screens.TryGetValue(connectionId, out var screen))
        {
            return;
        }

        lock (_gate)
        {
            if (screen.Campaigns.Add(campaignId))
            {
                _watching[campaignId] = [.. _watching.GetValueOrDefault(campaignId, []), screen];
            }
        }
    }

    public void Unwatch(string connectionId, string campaignId)
    {
        if (!_screens.TryGetValue(connectionId, out var screen))
        {
            return;
        }

        lock (_gate)
        {
            if (screen.Campaigns.Remove(campaignId))
            {
                Remove(campaignId, screen);
            }
        }

        screen.Forget(campaignId);
    }

    /// <summary>Sends to every screen of the campaign: as it is to those that are up to date, coalesced to the others.</summary>
    public void Send(string campaignId, string target, object? argument = null)
    {
        if (!_watching.TryGetValue(campaignId, out var screens))
        {
            return;
        }

        var message = new ScreenMessage(target, argument);
        foreach (var screen in screens)
        {
            if (!screen.Deliver(campaignId, message))
            {
                Interlocked.Increment(ref _coalesced);
            }
        }
    }

    internal void Drop(Screen screen)
    {
        if (screen.Abort())
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    private void Remove(string campaignId, Screen screen)
    {
        var rest = _watching.GetValueOrDefault(campaignId, []).Where(s => s != screen).ToArray();
        if (rest.Length == 0)
        {
            _watching.TryRemove(campaignId, out _);
        }
        else
        {
            _watching[campaignId] = rest;
        }
    }
}
