using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Wall;

/// <summary>
/// Coalesces changes into frames: per campaign at most one <c>Changes</c> message every <see cref="Interval"/>, so
/// the cost is screens × frame rate, not screens × update rate. A change after a quiet spell goes out at once.
/// </summary>
public sealed class WallFrames(IHubContext<WallHub> hub, ILogger<WallFrames> logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly ConcurrentDictionary<string, Pending> _campaigns = new();

    public void Add(WallChange change)
    {
        var pending = _campaigns.GetOrAdd(change.CampaignId, _ => new Pending());
        bool schedule;
        lock (pending)
        {
            pending.Changes.Add(change);
            schedule = !pending.Scheduled;
            pending.Scheduled = true;
        }

        if (schedule)
        {
            _ = Flush(change.CampaignId, pending);
        }
    }

    private async Task Flush(string campaignId, Pending pending)
    {
        var wait = pending.LastSent + Interval - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }

        List<WallChange> frame;
        lock (pending)
        {
            frame = pending.Changes.OrderBy(c => c.Sequence).ToList();
            pending.Changes.Clear();
            pending.Scheduled = false;
            pending.LastSent = DateTimeOffset.UtcNow;
        }

        try
        {
            await hub.Clients.Group(WallGroups.Of(campaignId)).SendAsync(WallMessages.Changes, frame);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not send a frame of {Count} changes of {Campaign}", frame.Count, campaignId);
        }
    }

    private sealed class Pending
    {
        public List<WallChange> Changes { get; } = [];
        public bool Scheduled { get; set; }
        public DateTimeOffset LastSent { get; set; } = DateTimeOffset.MinValue;
    }
}
