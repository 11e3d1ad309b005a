using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Body of <c>PUT /api/campaigns/{id}/settings</c>: name, dates (yyyy-MM-dd), IANA time zone, lag tolerance (0–0.5),
/// weekly report day (e.g. <c>Friday</c>) and time (HH:mm). Every field is required.
/// </summary>
public sealed record CampaignSettingsRequest(
    [property: TextField] string? Name,
    [property: TextField] string? StartDate,
    [property: TextField] string? EndDate,
    [property: TextField] string? TimeZone,
    double? LagTolerance,
    [property: TextField] string? ReportDay,
    [property: TextField] string? ReportTime);
