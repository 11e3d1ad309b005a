using CommandCenter.Briefings;
using CommandCenter.Domain;
using CommandCenter.Persistence;
using CommandCenter.Reports;
using CommandCenter.Web.Features.Statistics;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>Reads what a week's briefing is compiled from: the plan and tasks, the week's reports, task values at the
/// week's start and end (from the task history), the notices and the week's cases.</summary>
public sealed class BriefingSources(IGrainFactory grains, CommandCenterDatabase database, CasePeriodQueries cases, DomainClock time)
{
    /// <summary>The inputs of <paramref name="week"/>'s briefing; null for an unknown campaign.</summary>
    public async Task<BriefingInputs?> Read(string campaignId, DateOnly week)
    {
        var campaignGrain = grains.GetGrain<ICampaignGrain>(campaignId);
        if (await campaignGrain.GetDefinition() is not { } campaign || await campaignGrain.GetSnapshot() is not { } snapshot)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var (start, end) = BriefingCompiler.Bounds(week, campaign.TimeZone);
        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).ToList();
        var reports = await grains.GetGrain<IWeeklyReportsGrain>(IWeeklyReportsGrain.KeyOf(campaignId, week)).Get();
        var counted = await cases.Count(campaignId, start, end, CaseGrouping.None, campaign.TimeZone);
        return new BriefingInputs
        {
            Campaign = campaign,
            Tasks = tasks,
            Week = week,
            Reports = reports!,
            ValuesAtStart = await ValuesAt(campaignId, tasks, start),
            ValuesAtEnd = await ValuesAt(campaignId, tasks, end < now ? end : now),
            Notices = await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List(),
            Cases = counted.Count > 0 ? counted[0].Stats : CaseStats.Zero,
            Now = now,
        };
    }

    /// <summary>Each task's value as of <paramref name="at"/>: the last recorded update before it (entries the task reached only).</summary>
    public async Task<Dictionary<string, decimal>> ValuesAt(string campaignId, IReadOnlyList<TaskView> tasks, DateTimeOffset at)
    {
        await using var command = database.DataSource.CreateCommand("""
            SELECT DISTINCT ON (h.task_id) h.task_id, h.value_after
            FROM task_history h
            JOIN unnest(@tasks, @versions) AS t(task_id, version) ON t.task_id = h.task_id AND h.version <= t.version
            WHERE h.campaign_id = @campaign AND h.recorded_at < @at
            ORDER BY h.task_id, h.recorded_at DESC, h.version DESC
            """);
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("tasks", tasks.Select(t => t.Id).ToArray());
        command.Parameters.AddWithValue("versions", tasks.Select(t => t.Version).ToArray());
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        await using var reader = await command.ExecuteReaderAsync();
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            values[reader.GetString(0)] = reader.GetDecimal(1);
        }

        return values;
    }
}
