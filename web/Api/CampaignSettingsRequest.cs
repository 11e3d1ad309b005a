namespace CommandCenter.Web.Api;

/// <summary>
/// Body of <c>PUT /api/campaigns/{id}/settings</c>: name, dates (yyyy-MM-dd), IANA time zone, lag tolerance (0–0.5),
/// weekly report day (e.g. <c>Friday</c>) and time (HH:mm). Every field is required.
/// </summary>
public sealed record CampaignSettingsRequest(string? Name, string? StartDate, string? EndDate, string? TimeZone, double? LagTolerance, string? ReportDay, string? ReportTime);
