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

    private static async Task<IResult> SaveLine(string id, string? code, LineRequest? request, CampaignEditor editor)
    {
        if (!Ids.IsValid(id) || code is not null && !Ids.IsValid(code))
        {
            return Problems.NotFound($"Campaign '{id}' has no line of effort '{code}'.");
        }

        var (saved, refusal) = await editor.SaveLine(id, code, request);
        return refusal is not null ? Problems.Of(refusal)
            : code is null ? TypedResults.Created($"/api/campaigns/{id}/lines/{Uri.EscapeDataString(saved!.Code)}", saved)
            : TypedResults.Ok(saved);
    }

    private static async Task<IResult> SaveTask(string id, string? taskId, TaskPlanRequest? request, CampaignEditor editor)
    {
        if (!Ids.IsValid(id) || taskId is not null && !Ids.IsValid(taskId))
        {
            return Problems.NotFound($"Campaign '{id}' has no task '{taskId}'.");
        }

        var (saved, refusal) = await editor.SaveTask(id, taskId, request);
        return refusal is not null ? Problems.Of(refusal)
            : taskId is null ? TypedResults.Created($"/api/tasks/{saved!.Id}", saved)
            : TypedResults.Ok(saved);
    }
}
