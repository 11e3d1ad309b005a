using System.Security.Claims;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>Where tasks are updated.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapGet("/{taskId}", Get).RequireAuthorization(Policies.Reader);
        tasks.MapGet("/{taskId}/history", History).RequireAuthorization(Policies.Reader);
        tasks.MapPost("/{taskId}/progress", ReportProgress).RequireAuthorization(Policies.Writer);
        return app;
    }

    /// <summary>The task; its last update names who made it and their note only to those who may read its history.</summary>
    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> Get(string taskId, ClaimsPrincipal user, IGrainFactory grains) =>
        Ids.IsValid(taskId) && await grains.GetGrain<ITaskGrain>(taskId).GetView() is { } view
            ? TypedResults.Ok(ReadScope.Of(user).Redact(view))
            : Problems.NotFound($"Task '{taskId}' does not exist.");

    /// <summary>The task's append-only history, oldest first: who, when, before → after, note.</summary>
    private static async Task<Results<Ok<IReadOnlyList<TaskChange>>, ProblemHttpResult>> History(string taskId, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is not { } task)
        {
            return Problems.NotFound($"Task '{taskId}' does not exist.");
        }

        if (!ReadScope.Of(user).MayReadTask(task))
        {
            return Problems.OutOfScope($"The history of task '{taskId}' is for the office, viewers and the units the task belongs to.");
        }

        return TypedResults.Ok(await grains.GetGrain<ITaskGrain>(taskId).GetHistory());
    }

    /// <summary>Records a value; answers 200 with the new task state only after it is durable.</summary>
    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ReportProgress(
        string taskId, ProgressRequest? request, ClaimsPrincipal user, TaskUpdater updater) =>
        Problems.Answer(await updater.Report(user, taskId, request));
}
