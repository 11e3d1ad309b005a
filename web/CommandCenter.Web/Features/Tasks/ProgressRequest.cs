using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// Body of <c>POST /api/tasks/{taskId}/progress</c>; <c>baseVersion</c> is the task version the client saw,
/// <c>evidence</c> the ids of files uploaded for the task beforehand.
/// </summary>
public sealed record ProgressRequest(
    decimal? Value,
    [property: TextField(multiLine: true, maxLength: ProgressValidation.MaxNoteLength)] string? Note,
    int? BaseVersion = null,
    IReadOnlyList<Guid>? Evidence = null);
