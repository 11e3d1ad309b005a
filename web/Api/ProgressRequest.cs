namespace CommandCenter.Web.Api;

/// <summary>Body of <c>POST /api/tasks/{taskId}/progress</c>.</summary>
public sealed record ProgressRequest(decimal? Value, string? Note);
