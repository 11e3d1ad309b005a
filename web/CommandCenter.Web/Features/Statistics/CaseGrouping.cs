namespace CommandCenter.Web.Features.Statistics;

/// <summary>What period case statistics are grouped by (<c>groupBy</c> of <c>GET /api/case-stats</c>).</summary>
public enum CaseGrouping
{
    None,
    Source,
    Category,
    District,
    Unit,
    Grid,
    /// <summary>The month a case was reported in, in the campaign's time zone (yyyy-MM).</summary>
    Month,
}
