using System.Collections.Concurrent;

namespace CommandCenter.Assessment;

/// <summary>Published periods for <c>Storage:Mode=Memory</c>: gone with the process.</summary>
public sealed class InMemoryPublishedPeriods : IPublishedPeriods
{
    private readonly ConcurrentDictionary<(string, string, int), PublishedPeriod> _periods = new();

    public Task<bool> Add(PublishedPeriod period) => Task.FromResult(_periods.TryAdd((period.CampaignId, period.Period, period.Revision), period));

    public Task<IReadOnlyList<PublishedPeriod>> All(string campaignId) =>
        Task.FromResult<IReadOnlyList<PublishedPeriod>>(_periods.Values.Where(p => p.CampaignId == campaignId).ToList());
}
