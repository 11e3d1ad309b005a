namespace CommandCenter.Web.Features.Assessment;

/// <summary><c>POST /api/campaigns/{id}/periods/{period}/revisions</c>: why the published period is corrected.</summary>
public sealed record RevisionRequest(string? Note);
