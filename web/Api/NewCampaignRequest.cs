namespace CommandCenter.Web.Api;

/// <summary>Body of <c>POST /api/campaigns</c>: name, dates (yyyy-MM-dd), optional IANA time zone (default Asia/Shanghai) and id.</summary>
public sealed record NewCampaignRequest(string? Name, string? StartDate, string? EndDate, string? TimeZone = null, string? Id = null);
