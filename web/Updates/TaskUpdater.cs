using System.Security.Claims;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Evidence;

namespace CommandCenter.Web.Updates;

/// <summary>
/// A progress update as the API and the "my tasks" page make it: the caller's permission, the evidence it names
/// (already uploaded for this task), the version it was based on, then the task grain.
/// </summary>
public sealed class TaskUpdater(IGrainFactory grains, EvidenceStore evidence)
{
    public async Task<UpdateOutcome> Update(ClaimsPrincipal user, string taskId, decimal value, string? note, int? baseVersion, IReadOnlyList<Guid>? evidenceIds)
    {
        var task = grains.GetGrain<ITaskGrain>(taskId);
        if (await task.GetView() is not { } current)
        {
            return new UpdateOutcome { NotFound = true };
        }

        if (!TaskPermissions.MayUpdate(user, current))
        {
            return new UpdateOutcome { Forbidden = true };
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
            return new UpdateOutcome { Updated = await task.ReportProgress(report) };
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
