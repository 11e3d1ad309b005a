using Microsoft.Extensions.Caching.Memory;
using CommandCenter.Domain;
using CommandCenter.Persistence;
using Npgsql;

namespace CommandCenter.Web.Features.History;

/// <summary>
/// Reads of the <c>task_history</c> table across tasks: burn-up charts and the office's audit. Like the task grain,
/// it ignores an entry whose version the task never reached (its state write failed after the append).
/// </summary>
public sealed class HistoryQueries(CommandCenterDatabase database, IGrainFactory grains, DomainClock time, IMemoryCache cache)
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
            var changes = (await Read(campaignId, tasks, null)).ToLookup(c => c.TaskId);
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
        var changes = await Read(query.CampaignId, tasks, (query.User, window.From, window.To, query.Limit));
        return changes.Select(c => new AuditEntry(c, byId[c.TaskId].Code, byId[c.TaskId].Title, byId[c.TaskId].OwnerUnit)).ToList();
    }

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }

    private async Task<List<TaskChange>> Read(string campaignId, IReadOnlyList<TaskView> tasks, (string? User, DateTimeOffset? From, DateTimeOffset? To, int Limit)? filter)
    {
        await using var command = database.DataSource.CreateCommand($"""
            SELECT h.task_id, h.version, h.recorded_at, h.recorded_by, h.value_before, h.value_after, h.note, h.evidence_ids
            FROM task_history h
            JOIN unnest(@tasks, @versions) AS t(task_id, version) ON t.task_id = h.task_id AND h.version <= t.version
            WHERE h.campaign_id = @campaign
              AND (@user::text IS NULL OR h.recorded_by = @user)
              AND (@from::timestamptz IS NULL OR h.recorded_at >= @from)
              AND (@to::timestamptz IS NULL OR h.recorded_at < @to)
            ORDER BY h.recorded_at {(filter is null ? "ASC" : "DESC")}, h.version {(filter is null ? "ASC" : "DESC")}
            LIMIT @limit
            """);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("tasks", tasks.Select(t => t.Id).ToArray());
        command.Parameters.AddWithValue("versions", tasks.Select(t => t.Version).ToArray());
        command.Parameters.Add(new NpgsqlParameter<string?>("user", NpgsqlTypes.NpgsqlDbType.Text) { TypedValue = filter?.User });
        command.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter?.From?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = (object?)filter?.To?.ToUniversalTime() ?? DBNull.Value });
        command.Parameters.AddWithValue("limit", filter?.Limit ?? int.MaxValue);
        await using var reader = await command.ExecuteReaderAsync();
        var changes = new List<TaskChange>();
        while (await reader.ReadAsync())
        {
            changes.Add(new TaskChange
            {
                TaskId = reader.GetString(0),
                CampaignId = campaignId,
                Version = reader.GetInt32(1),
                At = reader.GetFieldValue<DateTimeOffset>(2),
                By = reader.GetString(3),
                Before = reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                After = reader.GetDecimal(5),
                Note = reader.GetString(6),
                EvidenceIds = reader.GetFieldValue<Guid[]>(7),
            });
        }

        return changes;
    }
}
