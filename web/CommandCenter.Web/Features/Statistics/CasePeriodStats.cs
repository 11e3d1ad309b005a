namespace CommandCenter.Web.Features.Statistics;

/// <summary>
/// Case statistics of the cases reported in a period (from and to inclusive, dates in the campaign's time zone):
/// the total and each group, each with received, handled, closed, closed on time, reworked, overdue and the four rates.
/// </summary>
public sealed record CasePeriodStats(
    string CampaignId, string TimeZone, DateOnly? From, DateOnly? To, string GroupBy, CaseStats Total, IReadOnlyList<CaseStatsGroup> Groups);
