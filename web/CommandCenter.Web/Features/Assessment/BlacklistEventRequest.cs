namespace CommandCenter.Web.Features.Assessment;

/// <summary><c>POST /api/campaigns/{id}/blacklist-events</c>: kind safetyIncident, mediaExposure, superiorCriticism or rankingBehindTarget; date yyyy-MM-dd.</summary>
public sealed record BlacklistEventRequest(string? Unit, string? Kind, string? Note, string? Date, string? Evidence = null);
