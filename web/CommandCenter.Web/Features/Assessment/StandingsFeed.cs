using System.Collections.Concurrent;
using CommandCenter.Assessment;
using CommandCenter.Web.Wall;
using Microsoft.AspNetCore.SignalR;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>
/// Live standings: every change this host hears of (tasks, cases, reports, and the assessment's own announcements)
/// touches its campaign; the campaign's standings are recomputed and sent to its wall group as <c>Standings</c>. One
/// recomputation per campaign at a time, at least <see cref="MinGap"/> apart; a touch after a quiet spell goes out at once.
/// </summary>
public sealed class StandingsFeed(IGrainFactory grains, WallScreens screens, ILogger<StandingsFeed> logger)
{
    public static readonly TimeSpan MinGap = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, Runner> _campaigns = new(StringComparer.Ordinal);

    /// <summary>Raised with every board sent, for the server pages that show standings live.</summary>
    public event Action<StandingsBoard>? Changed;

    public void Touch(string campaignId) => _campaigns.GetOrAdd(campaignId, id => new Runner(this, id)).Touch();

    private async Task Push(string campaignId)
    {
        try
        {
            if (await grains.GetGrain<IAssessmentGrain>(campaignId).GetBoard() is not { } board)
            {
                return;
            }

            screens.Send(campaignId, nameof(W.IWallClient.Standings), board);
            Changed?.Invoke(board);
        }
        catch (Exception error)
        {
            logger.LogWarning(error, "Could not recompute the standings of {Campaign}", campaignId);
        }
    }

    private sealed class Runner(StandingsFeed feed, string campaignId)
    {
        private int _dirty;
        private int _running;

        public void Touch()
        {
            Volatile.Write(ref _dirty, 1);
            Start();
        }

        private void Start()
        {
            if (Interlocked.CompareExchange(ref _running, 1, 0) == 0)
            {
                _ = Run();
            }
        }

        private async Task Run()
        {
            try
            {
                while (Interlocked.Exchange(ref _dirty, 0) == 1)
                {
                    await feed.Push(campaignId);
                    await Task.Delay(MinGap);
                }
            }
            finally
            {
                Volatile.Write(ref _running, 0);
                if (Volatile.Read(ref _dirty) == 1)
                {
                    Start();
                }
            }
        }
    }
}
