using Microsoft.Extensions.Caching.Memory;
using CommandCenter.Domain;

namespace CommandCenter.Web.Features.History;

/// <summary>
/// Burn-up charts and the office's audit, from the task history read by <see cref="TaskHistory"/> (which, like the
/// task grain, ignores an entry whose version the task never reached).
/// </summary>
public sealed class HistoryQueries(TaskHistory history, IGrainFactory grains, DomainClock time, IMemoryCache cache)
{
    public async Task<BurnUpChart?> TaskBurnUp(string taskId)
    {
        var task = grains.GetGrain<ITaskGrain>(taskId);
        if (await task.GetView() is not { } view || await grains.GetGrain<ICampaignGrain>(view.CampaignId).GetDefinition() is not { } campaign)
        {
            return null;
        }

        var points = BurnUp.Compute([(view, await task.GetHistory())], campaign.StartDate, campaign.EndDate, CampaignClock.Today(time, campaign.TimeZone), campaign.TimeZone);
        return new BurnUpChart(campaign.Id, "task:" + taskId, $"{view.Code} {view.Title}", 1, points);
    }

    /// <summary>The campaign's chart, or one line of effort's when <paramref name="lineCode"/> is given; null when either is unknown.</summary>
    public async Task<BurnUpChart?> CampaignBurnUp(string campaignId, string? lineCode)
    {
        if (await grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot() is not { } snapshot)
        {
            return null;
        }

        // A campaign without lines (just created) has a chart with no tasks; only an unknown line is missing.
        var lines = snapshot.Lines.Where(l => lineCode is null || l.Code == lineCode).ToList();
        if (lineCode is not null && lines.Count == 0)
        {
            return null;
        }

        var tasks = lines.SelectMany(l => l.Tasks).ToList();
        var today = CampaignClock.Today(time, snapshot.TimeZone);
        // The chart changes only with the campaign's roll-up (its sequence moves with every change), its plan or the day:
        // until then it is answered from memory instead of reading the campaign's whole history again.
        var plan = tasks.Aggregate(0, (hash, t) => HashCode.Combine(hash, t.Id, t.Version, t.Target, t.StartDate, t.DueDate));
        var key = (nameof(CampaignBurnUp), campaignId, lineCode, snapshot.Sequence, today, snapshot.StartDate, snapshot.EndDate, snapshot.TimeZone, plan);
        var points = await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            var changes = (await history.OfCampaign(campaignId, tasks, null)).ToLookup(c => c.TaskId);
            return BurnUp.Compute(tasks.Select(t => (t, (IReadOnlyList<TaskChange>)changes[t.Id].ToList())).ToList(),
                snapshot.StartDate, snapshot.EndDate, today, snapshot.TimeZone);
        }) ?? [];
        return lineCode is null
            ? new BurnUpChart(campaignId, "campaign", snapshot.Name, tasks.Count, points)
            : new BurnUpChart(campaignId, "line:" + lineCode, $"{lines[0].Code} {lines[0].Title}", tasks.Count, points);
    }

    /// <summary>The campaign's history entries matching the query, newest first; null for an unknown campaign.</summary>
    public async Task<IReadOnlyList<AuditEntry>?> Audit(AuditQuery query)
    {
        if (await grains.GetGrain<ICampaignGrain>(query.CampaignId).GetSnapshot() is not { } snapshot)
        {
            return null;
        }

        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).Where(t => query.Unit is null || t.OwnerUnit == query.Unit).ToList();
        var zone = CampaignClock.Zone(snapshot.TimeZone);
        var window = (
            From: query.From is { } from ? Instant(from, zone) : (DateTimeOffset?)null,
            To: query.To is { } to ? Instant(to.AddDays(1), zone) : (DateTimeOffset?)null);
        var byId = tasks.ToDictionary(t => t.Id);
        var changes = await history.OfCampaign(query.CampaignId, tasks, new HistoryFilter(query.User, window.From, window.To, query.Limit));
        return changes.Select(c => new AuditEntry(c, byId[c.TaskId].Code, byId[c.TaskId].Title, byId[c.TaskId].OwnerUnit)).ToList();
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}
