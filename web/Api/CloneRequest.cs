namespace CommandCenter.Web.Api;

/// <summary>Body of <c>POST /api/campaigns/{id}/clone</c>: the new drive's name and dates (end defaults to the same length), optional id.</summary>
public sealed record CloneRequest(string? Name, string? StartDate, string? EndDate = null, string? Id = null);
