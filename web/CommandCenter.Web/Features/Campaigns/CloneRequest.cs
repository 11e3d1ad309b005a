using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Body of <c>POST /api/campaigns/{id}/clone</c>: the new drive's name and dates (end defaults to the same length), optional id.</summary>
public sealed record CloneRequest(
    [property: TextField] string? Name,
    [property: TextField] string? StartDate,
    [property: TextField] string? EndDate = null,
    [property: TextField] string? Id = null);
