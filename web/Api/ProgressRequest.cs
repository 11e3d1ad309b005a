namespace CommandCenter.Web.Api;

/// <summary>
/// Body of <c>POST /api/tasks/{taskId}/progress</c>; <c>baseVersion</c> is the task version the client saw,
/// <c>evidence</c> the ids of files uploaded for the task beforehand.
/// </summary>
public sealed record ProgressRequest(decimal? Value, string? Note, int? BaseVersion = null, IReadOnlyList<Guid>? Evidence = null);
