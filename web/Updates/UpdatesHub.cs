using CommandCenter.Web.Api;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Updates;

/// <summary>
/// <c>/hubs/updates</c>: progress updates over one lasting connection, for clients that send many (a grid system's
/// feed, a data-entry desk). <c>Report(taskId, request)</c> follows <c>POST /api/tasks/{id}/progress</c> exactly — the
/// same rules and roles, answered only after the update is durable — and answers with the status the API would give
/// (<see cref="UpdateReply"/>). See docs/HUB-PROTOCOL.md.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class UpdatesHub(TaskUpdater updater, ILogger<UpdatesHub> logger) : Hub
{
    public const string Path = "/hubs/updates";

    public async Task<UpdateReply> Report(string taskId, ProgressRequest? request)
    {
        if (!Ids.IsValid(taskId))
        {
            return UpdateReply.Refused(StatusCodes.Status404NotFound, $"Task '{taskId}' does not exist.");
        }

        if (request?.Value is not { } value)
        {
            return UpdateReply.Refused(StatusCodes.Status400BadRequest, "A numeric value is required.", "value");
        }

        UpdateOutcome outcome;
        try
        {
            outcome = await updater.Update(Context.User!, taskId, value, request.Note, request.BaseVersion, request.Evidence);
        }
        catch (Exception error) when (UnavailableExceptionHandler.IsUnavailable(error))
        {
            logger.LogWarning(error, "Storage or cluster unavailable for an update of {Task}", taskId);
            return UpdateReply.Refused(StatusCodes.Status503ServiceUnavailable, "The database or the cluster is not reachable; nothing was stored. Try again shortly.");
        }

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
                Detail = $"baseVersion {request.BaseVersion} is not the current version {current.Version}; nothing was stored.",
            },
            _ => UpdateReply.Refused(StatusCodes.Status404NotFound, $"Task '{taskId}' does not exist."),
        };
    }
}
