using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

/// <summary>
/// Coalesces changes into frames, one sender per campaign: a change after a quiet spell goes out at once; changes that
/// arrive while a frame is going out, or within the gap after it, go together in the next frame — the latest change of
/// each task (<see cref="FrameCoalescer"/>), so a frame is never larger than the campaign. The gap adapts to
/// the cost of a frame — twice the time the last one took to hand to the screens' send loops (<see cref="WallScreens"/>), between the
/// configured minimum and maximum — so the fan-out costs screens × frame rate, not screens × update rate, and a light
/// load is not held back by an interval sized for the heaviest.
/// </summary>
public sealed class WallFrames(WallScreens screens, WallFrameSettings settings, ILogger<WallFrames> logger)
{
    private readonly ConcurrentDictionary<string, Pending> _campaigns = new(StringComparer.Ordinal);

    public void Add(WallChange change)
    {
        var pending = _campaigns.GetOrAdd(change.CampaignId, _ => new Pending());
        bool start;
        lock (pending)
        {
            pending.Changes.Add(change);
            start = !pending.Sending;
            pending.Sending = true;
        }

        if (start)
        {
            // The sender carries later changes too: it must not run in the context (trace) of the one that started it.
            using (ExecutionContext.SuppressFlow())
            {
                _ = Task.Run(() => Send(change.CampaignId, pending));
            }
        }
    }

    private async Task Send(string campaignId, Pending pending)
    {
        while (true)
        {
            var wait = pending.Gap - Stopwatch.GetElapsedTime(pending.LastStart);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            List<WallChange> frame;
            lock (pending)
            {
                if (pending.Changes.Count == 0)
                {
                    pending.Sending = false;
                    return;
                }

                frame = pending.Changes.Take();
            }

            var started = Stopwatch.GetTimestamp();
            try
            {
                screens.Send(campaignId, nameof(W.IWallClient.Changes), frame);
            }
            catch (Exception exception)
            {
                logger.LogWarning(exception, "Could not send a frame of {Count} changes of {Campaign}", frame.Count, campaignId);
            }

            var took = Stopwatch.GetElapsedTime(started);
            pending.LastStart = started;
            pending.Gap = TimeSpan.FromTicks(Math.Clamp(took.Ticks * 2, settings.MinInterval.Ticks, settings.MaxInterval.Ticks));
        }
    }

    private sealed class Pending
    {
        public FrameCoalescer Changes { get; } = new();
        public bool Sending { get; set; }
        public long LastStart { get; set; }
        public TimeSpan Gap { get; set; }
    }
}
