namespace CommandCenter.Web.Features.Grids;

/// <summary>Case counts and rates of a campaign (or all grids), in total and per responsible unit.</summary>
public sealed record CaseTotals(string? CampaignId, int Grids, CaseStats Total, IReadOnlyDictionary<string, CaseStats> Units);
