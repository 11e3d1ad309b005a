using System.Security.Claims;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// A progress update as the API and the "my tasks" page make it: the caller's role, the evidence it names (already
/// uploaded for this task), then the task grain, which checks the unit and the version it was based on.
/// </summary>
public sealed class TaskUpdater(IGrainFactory grains, EvidenceStore evidence)
{
    /// <summary>The longest note a progress update may carry.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>
    /// An update as <c>POST /api/tasks/{id}/progress</c> and the updates hub take it: the request checked, then
    /// <see cref="Update"/>; the refusal is the grain's own when the task refused it.
    /// </summary>
    public async Task<Outcome<TaskView>> Report(ClaimsPrincipal user, string taskId, ProgressRequest? request)
    {
        if (!Ids.IsValid(taskId))
        {
            return Refusal.NotFound($"Task '{taskId}' does not exist.");
        }

        return request?.Value is { } value
            ? await Update(user, taskId, value, request.Note, request.BaseVersion, request.Evidence)
            : Refusal.Invalid("value", "A numeric value is required.");
    }

    public async Task<Outcome<TaskView>> Update(ClaimsPrincipal user, string taskId, decimal value, string? note, int? baseVersion, IReadOnlyList<Guid>? evidenceIds)
    {
        var (may, unit) = TaskPermissions.UpdateScope(user);
        if (!may)
        {
            return Refusal.Forbidden("Your account may not update tasks.");
        }

        if ((note?.Length ?? 0) > MaxNoteLength)
        {
            return Refusal.Invalid("note", $"说明最多 {MaxNoteLength} 字 / a note has at most {MaxNoteLength} characters.");
        }

        var ids = (evidenceIds ?? []).Distinct().ToList();
        if (ids.Count > EvidenceRules.MaxPerUpdate)
        {
            return Refusal.Invalid("evidence", $"An update may refer to at most {EvidenceRules.MaxPerUpdate} files.");
        }

        if (ids.Count > 0 && (await evidence.Find(taskId, ids)).Count != ids.Count)
        {
            return Refusal.Invalid("evidence", "Every evidence id must name a file uploaded for this task.");
        }

        var report = new ProgressReport { Value = value, Note = note ?? "", By = user.Identity?.Name ?? "?", BaseVersion = baseVersion, EvidenceIds = ids };
        return await grains.GetGrain<ITaskGrain>(taskId).ReportProgress(report, unit);
    }
}
