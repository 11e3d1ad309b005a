using System.Globalization;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Statistics;

/// <summary>The period parameters of <c>GET /api/case-stats</c>: campaignId, from and to (yyyy-MM-dd, inclusive, in the campaign's zone), groupBy.</summary>
public sealed record CaseStatsRequest(string CampaignId, DateOnly? From, DateOnly? To, CaseGrouping GroupBy)
{
    public static readonly IReadOnlyDictionary<string, CaseGrouping> Groupings = new Dictionary<string, CaseGrouping>(StringComparer.Ordinal)
    {
        ["source"] = CaseGrouping.Source, ["category"] = CaseGrouping.Category, ["district"] = CaseGrouping.District,
        ["unit"] = CaseGrouping.Unit, ["grid"] = CaseGrouping.Grid, ["month"] = CaseGrouping.Month,
    };

    /// <summary>The request, or a 400 naming the field.</summary>
    public static (CaseStatsRequest? Request, ProblemHttpResult? Problem) Parse(string? campaignId, string? from, string? to, string? groupBy)
    {
        if (string.IsNullOrEmpty(campaignId) || !Ids.IsValid(campaignId))
        {
            return (null, Problems.Invalid("campaignId", "按期间统计须指定活动 Period statistics need a campaignId (its time zone counts the days)."));
        }

        if (!TryDate(from, out var start))
        {
            return (null, Problems.Invalid("from", "from 须为 yyyy-MM-dd 日期 from is a date in yyyy-MM-dd."));
        }

        if (!TryDate(to, out var end))
        {
            return (null, Problems.Invalid("to", "to 须为 yyyy-MM-dd 日期 to is a date in yyyy-MM-dd."));
        }

        if (start > end)
        {
            return (null, Problems.Invalid("to", "to 不能早于 from The period ends before it starts."));
        }

        CaseGrouping grouping = CaseGrouping.None;
        if (groupBy is not null && !Groupings.TryGetValue(groupBy, out grouping))
        {
            return (null, Problems.Invalid("groupBy", "groupBy 为 source、category、district、unit、grid 或 month groupBy is source, category, district, unit, grid or month."));
        }

        return (new CaseStatsRequest(campaignId, start, end, grouping), null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
