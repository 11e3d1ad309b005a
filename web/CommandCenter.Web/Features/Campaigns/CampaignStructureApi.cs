using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>The office builds a campaign by hand: an empty campaign, then its lines of effort and tasks.</summary>
public static class CampaignStructureApi
{
    public static IEndpointRouteBuilder MapCampaignStructureApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaign structure").RequireAuthorization(Policies.Office);
        campaigns.MapPost("/", Create);
        campaigns.MapPost("/{id}/lines", (string id, LineRequest? request, CampaignEditor editor) => SaveLine(id, null, request, editor));
        campaigns.MapPut("/{id}/lines/{code}", (string id, string code, LineRequest? request, CampaignEditor editor) => SaveLine(id, code, request, editor));
        campaigns.MapPost("/{id}/tasks", (string id, TaskPlanRequest? request, CampaignEditor editor) => SaveTask(id, null, request, editor));
        campaigns.MapPut("/{id}/tasks/{taskId}", (string id, string taskId, TaskPlanRequest? request, CampaignEditor editor) => SaveTask(id, taskId, request, editor));
        return app;
    }

    /// <summary><c>{ name, startDate, endDate, timeZone?, id? }</c> → 201 with the empty campaign's plan.</summary>
    private static async Task<Results<Created<CampaignDefinition>, ProblemHttpResult>> Create(NewCampaignRequest? request, CampaignEditor editor) =>
        Problems.AnswerCreated(await editor.Create(request), c => $"/api/campaigns/{c.Id}");

    private static Task<IResult> SaveLine(string id, string? code, LineRequest? request, CampaignEditor editor) =>
        Save(id, code, $"Campaign '{id}' has no line of effort '{code}'.", () => editor.SaveLine(id, code, request), line => $"/api/campaigns/{id}/lines/{Uri.EscapeDataString(line.Code)}");

    private static Task<IResult> SaveTask(string id, string? taskId, TaskPlanRequest? request, CampaignEditor editor) =>
        Save(id, taskId, $"Campaign '{id}' has no task '{taskId}'.", () => editor.SaveTask(id, taskId, request), task => $"/api/tasks/{task.Id}");

    /// <summary>A new line or task (no <paramref name="key"/>: 201 at its address) or a change to one (200); a refusal as problem details.</summary>
    private static async Task<IResult> Save<T>(string id, string? key, string unknown, Func<Task<Outcome<T>>> save, Func<T, string> address)
    {
        if (!Ids.IsValid(id) || key is not null && !Ids.IsValid(key))
        {
            return Problems.NotFound(unknown);
        }

        var (saved, refusal) = await save();
        return refusal is not null ? Problems.Of(refusal)
            : key is null ? TypedResults.Created(address(saved!), saved)
            : TypedResults.Ok(saved);
    }
}
