using CommandCenter.Briefings;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Statistics;

/// <summary>Period case statistics of a campaign: counts from the ledger, grouped, labelled in Chinese; districts folded from grids.</summary>
public sealed class CaseStatistics(IGrainFactory grains, CasePeriodQueries queries)
{
    /// <summary>The statistics, or null for an unknown campaign.</summary>
    public async Task<CasePeriodStats?> Compute(CaseStatsRequest request)
    {
        if (await grains.GetGrain<ICampaignGrain>(request.CampaignId).GetDefinition() is not { } campaign)
        {
            return null;
        }

        var from = request.From is { } f ? BriefingCompiler.Bounds(f, campaign.TimeZone).Start : (DateTimeOffset?)null;
        var to = request.To is { } t ? BriefingCompiler.Bounds(t.AddDays(1), campaign.TimeZone).Start : (DateTimeOffset?)null;
        var rows = await queries.Count(campaign.Id, from, to, request.GroupBy, campaign.TimeZone);
        var grids = request.GroupBy is CaseGrouping.Grid or CaseGrouping.District
            ? (await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List()).ToDictionary(r => r.Grid.Code, r => r.Grid, StringComparer.Ordinal)
            : new Dictionary<string, GridDefinition>();
        if (request.GroupBy == CaseGrouping.District)
        {
            rows = rows.GroupBy(r => grids.TryGetValue(r.Key, out var grid) ? grid.District : "", StringComparer.Ordinal)
                .Select(g => (g.Key, g.Aggregate(CaseStats.Zero, (sum, r) => sum + r.Stats))).OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        }

        var groups = rows.Select(r => new CaseStatsGroup(
            request.GroupBy == CaseGrouping.Source ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.Key) : r.Key,
            CaseLabels.Group(request.GroupBy, r.Key, grids), r.Stats)).ToList();
        var name = CaseStatsRequest.Groupings.FirstOrDefault(g => g.Value == request.GroupBy).Key ?? "none";
        return new CasePeriodStats(campaign.Id, campaign.TimeZone, request.From, request.To, name,
            groups.Aggregate(CaseStats.Zero, (sum, g) => sum + g.Stats), groups);
    }

    /// <summary><c>GET /api/case-stats/export</c>: the same figures as .xlsx (the statistics page links to it).</summary>
    public async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(string? campaignId, string? from, string? to, string? groupBy)
    {
        var (request, problem) = CaseStatsRequest.Parse(campaignId, from, to, groupBy);
        if (problem is not null)
        {
            return problem;
        }

        return await Compute(request!) is { } stats
            ? TypedResults.File(CaseStatsWorkbook.Write(stats), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{stats.CampaignId}-案件统计.xlsx")
            : Problems.NotFound($"活动不存在 Campaign '{campaignId}' does not exist.");
    }

    /// <summary>The answer of <c>GET /api/case-stats</c> with period parameters: 200, 400 naming the field, 404.</summary>
    public async Task<Results<Ok<CasePeriodStats>, ProblemHttpResult>> Answer(string? campaignId, string? from, string? to, string? groupBy)
    {
        var (request, problem) = CaseStatsRequest.Parse(campaignId, from, to, groupBy);
        if (problem is not null)
        {
            return problem;
        }

        return await Compute(request!) is { } stats ? TypedResults.Ok(stats) : Problems.NotFound($"活动不存在 Campaign '{campaignId}' does not exist.");
    }
}
