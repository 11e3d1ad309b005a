using CommandCenter.Web.Shell;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// <c>/hubs/updates</c>: progress updates over one lasting connection, for clients that send many (a grid system's
/// feed, a data-entry desk). <c>Report(taskId, request)</c> follows <c>POST /api/tasks/{id}/progress</c> exactly — the
/// same rules and roles, answered only after the update is durable — and answers with the kind of refusal the API maps
/// to its status (<see cref="UpdateReply"/>). See docs/HUB-PROTOCOL.md.
/// </summary>
[Authorize(Policy = Policies.Writer)]
public sealed class UpdatesHub(TaskUpdater updater, ILogger<UpdatesHub> logger) : Hub
{
    public const string Path = "/hubs/updates";

    public async Task<UpdateReply> Report(string taskId, ProgressRequest? request)
    {
        try
        {
            return UpdateReply.Of(await updater.Report(Context.User!, taskId, request));
        }
        catch (Exception error) when (UnavailableExceptionHandler.IsUnavailable(error))
        {
            logger.LogWarning(error, "Storage or cluster unavailable for an update of {Task}", taskId);
            return UpdateReply.Of(UnavailableExceptionHandler.Unavailable);
        }
    }
}
