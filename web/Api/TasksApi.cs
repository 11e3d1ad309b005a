using System.Security.Claims;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Updates;

namespace CommandCenter.Web.Api;

/// <summary>Where tasks are updated.</summary>
public static class TasksApi
{
    public static IEndpointRouteBuilder MapTasksApi(this IEndpointRouteBuilder app)
    {
        var tasks = app.MapGroup("/api/tasks").WithTags("Tasks");
        tasks.MapGet("/{taskId}", Get);
        tasks.MapGet("/{taskId}/history", History);
        tasks.MapPost("/{taskId}/progress", ReportProgress).RequireAuthorization(Policies.Writer);
        return app;
    }

    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> Get(string taskId, IGrainFactory grains) =>
        Ids.IsValid(taskId) && await grains.GetGrain<ITaskGrain>(taskId).GetView() is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound($"Task '{taskId}' does not exist.");

    /// <summary>The task's append-only history, oldest first: who, when, before → after, note.</summary>
    private static async Task<Results<Ok<IReadOnlyList<TaskChange>>, ProblemHttpResult>> History(string taskId, IGrainFactory grains)
    {
        if (!Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is null)
        {
            return Problems.NotFound($"Task '{taskId}' does not exist.");
        }

        return TypedResults.Ok(await grains.GetGrain<ITaskGrain>(taskId).GetHistory());
    }

    private static ProblemHttpResult Forbidden(string taskId, string? owner) =>
        TypedResults.Problem(owner is null ? "Your account may not update tasks." : $"Task '{taskId}' belongs to {owner}; your account may not update it.",
            statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    /// <summary>Records a value; answers 200 with the new task state only after it is durable.</summary>
    private static async Task<Results<Ok<TaskView>, ProblemHttpResult>> ReportProgress(
        string taskId, ProgressRequest? request, ClaimsPrincipal user, TaskUpdater updater)
    {
        if (!Ids.IsValid(taskId))
        {
            return Problems.NotFound($"Task '{taskId}' does not exist.");
        }

        if (request?.Value is not { } value)
        {
            return Problems.Invalid("value", "A numeric value is required.");
        }

        var outcome = await updater.Update(user, taskId, value, request.Note, request.BaseVersion, request.Evidence);
        return outcome switch
        {
            { Updated: { } updated } => TypedResults.Ok(updated),
            { Forbidden: true } => Forbidden(taskId, outcome.OwnerUnit),
            { Invalid: { } invalid } => Problems.Invalid(invalid.Field, invalid.Reason),
            { Stale: { } current } => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The task has changed",
                Detail = $"baseVersion {request.BaseVersion} is not the current version {current.Version}; nothing was stored. Review the current state and try again.",
                Extensions = { ["current"] = current },
            }),
            _ => Problems.NotFound($"Task '{taskId}' does not exist."),
        };
    }
}
