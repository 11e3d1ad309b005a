namespace CommandCenter.Web.Features.History;

/// <summary>A filter over a campaign's history: owner unit, who recorded it, and dates (both counted) in the campaign's zone.</summary>
public sealed record AuditQuery(string CampaignId, string? Unit = null, string? User = null, DateOnly? From = null, DateOnly? To = null, int Limit = 500);
