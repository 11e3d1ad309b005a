using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Body of <c>POST /api/campaigns</c>: name, dates (yyyy-MM-dd), optional IANA time zone (default Asia/Shanghai) and id.</summary>
public sealed record NewCampaignRequest(
    [property: TextField] string? Name,
    [property: TextField] string? StartDate,
    [property: TextField] string? EndDate,
    [property: TextField] string? TimeZone = null,
    [property: TextField] string? Id = null);
