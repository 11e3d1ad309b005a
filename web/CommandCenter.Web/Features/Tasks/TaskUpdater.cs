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
    /// <see cref="Update"/>, answered with the status the API gives and the reason of a refusal.
    /// </summary>
    public async Task<UpdateReply> Report(ClaimsPrincipal user, string taskId, ProgressRequest? request)
    {
        if (!Ids.IsValid(taskId))
        {
            return UpdateReply.Refused(StatusCodes.Status404NotFound, $"Task '{taskId}' does not exist.");
        }

        if (request?.Value is not { } value)
        {
            return UpdateReply.Refused(StatusCodes.Status400BadRequest, "A numeric value is required.", "value");
        }

        var outcome = await Update(user, taskId, value, request.Note, request.BaseVersion, request.Evidence);
        return outcome switch
        {
            { Updated: { } updated } => new UpdateReply { Status = StatusCodes.Status200OK, Task = updated },
            { Forbidden: true } => UpdateReply.Refused(StatusCodes.Status403Forbidden, outcome.OwnerUnit is { } owner
                ? $"Task '{taskId}' belongs to {owner}; your account may not update it."
                : "Your account may not update tasks."),
            { Invalid: { } invalid } => UpdateReply.Refused(StatusCodes.Status400BadRequest, invalid.Reason, invalid.Field),
            { Stale: { } current } => new UpdateReply
            {
                Status = StatusCodes.Status409Conflict, Task = current,
                Detail = $"baseVersion {request.BaseVersion} is not the current version {current.Version}; nothing was stored. Review the current state and try again.",
            },
            _ => UpdateReply.Refused(StatusCodes.Status404NotFound, $"Task '{taskId}' does not exist."),
        };
    }

    public async Task<UpdateOutcome> Update(ClaimsPrincipal user, string taskId, decimal value, string? note, int? baseVersion, IReadOnlyList<Guid>? evidenceIds)
    {
        var (may, unit) = TaskPermissions.UpdateScope(user);
        if (!may)
        {
            return new UpdateOutcome { Forbidden = true };
        }

        if ((note?.Length ?? 0) > MaxNoteLength)
        {
            return new UpdateOutcome { Invalid = ("note", $"说明最多 {MaxNoteLength} 字 / a note has at most {MaxNoteLength} characters.") };
        }

        var ids = (evidenceIds ?? []).Distinct().ToList();
        if (ids.Count > EvidenceRules.MaxPerUpdate)
        {
            return new UpdateOutcome { Invalid = ("evidence", $"An update may refer to at most {EvidenceRules.MaxPerUpdate} files.") };
        }

        if (ids.Count > 0 && (await evidence.Find(taskId, ids)).Count != ids.Count)
        {
            return new UpdateOutcome { Invalid = ("evidence", "Every evidence id must name a file uploaded for this task.") };
        }

        try
        {
            var report = new ProgressReport { Value = value, Note = note ?? "", By = user.Identity?.Name ?? "?", BaseVersion = baseVersion, EvidenceIds = ids };
            return new UpdateOutcome { Updated = await grains.GetGrain<ITaskGrain>(taskId).ReportProgress(report, unit) };
        }
        catch (TaskForbiddenException forbidden)
        {
            return new UpdateOutcome { Forbidden = true, OwnerUnit = forbidden.OwnerUnit };
        }
        catch (TaskNotFoundException)
        {
            return new UpdateOutcome { NotFound = true };
        }
        catch (InvalidProgressException invalid)
        {
            return new UpdateOutcome { Invalid = (invalid.Field, invalid.Reason) };
        }
        catch (StaleVersionException stale)
        {
            return new UpdateOutcome { Stale = stale.Current };
        }
    }
}
