using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// The office's editor of a campaign's plan: creates an empty campaign, adds and edits lines of effort and tasks.
/// Every change is checked in full before anything is stored; tasks keep their progress and history, and the campaign
/// is redefined last, so its screens receive the new plan as one snapshot.
/// </summary>
public sealed class CampaignEditor(IGrainFactory grains, ILogger<CampaignEditor> logger)
{
    public async Task<Outcome<CampaignDefinition>> Create(NewCampaignRequest? request)
    {
        var form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["name"] = request?.Name ?? "", ["startDate"] = request?.StartDate ?? "", ["endDate"] = request?.EndDate ?? "",
            ["timeZone"] = request?.TimeZone ?? "", ["id"] = request?.Id ?? "",
        });
        var (campaign, error) = ImportForm.Read(form);
        if (error is { } e)
        {
            return Refusal.Invalid(e.Field, e.Reason);
        }

        if (!await grains.GetGrain<ICampaignGrain>(campaign!.Id).Create(campaign, Guid.Empty))
        {
            return Refusal.Conflict("id", $"活动“{campaign.Id}”已存在 / campaign '{campaign.Id}' already exists.");
        }

        logger.LogInformation("Created campaign {Campaign} ({Name})", campaign.Id, campaign.Name);
        return campaign;
    }

    /// <param name="code">The code of the line to edit; null to add a new line.</param>
    public Task<Outcome<LineOfEffortDefinition>> SaveLine(string campaignId, string? code, LineRequest? request) =>
        PlanSaves.Retrying(() => TrySaveLine(campaignId, code, request));

    private async Task<Outcome<LineOfEffortDefinition>> TrySaveLine(string campaignId, string? code, LineRequest? request)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        if (await campaign.GetDefinition() is not { } definition)
        {
            return Refusal.NotFound("id", $"活动“{campaignId}”不存在 / campaign '{campaignId}' does not exist.");
        }

        var existing = code is null ? null : definition.Lines.FirstOrDefault(l => l.Code == code);
        if (code is not null && existing is null)
        {
            return Refusal.NotFound("code", $"专项行动“{code}”不存在 / line of effort '{code}' does not exist.");
        }

        if (PlanChecks.Line(request, existing) is { } refusal)
        {
            return refusal;
        }

        var line = new LineOfEffortDefinition
        {
            Code = request!.Code!.Trim(), Title = request.Title!.Trim(), LeadUnit = request.LeadUnit?.Trim() ?? "",
            Leader = request.Leader?.Trim() ?? "", TaskIds = existing?.TaskIds ?? [],
        };
        if (existing is null && definition.Lines.Any(l => l.Code == line.Code))
        {
            return Refusal.Conflict("code", $"专项行动编号“{line.Code}”已被使用 / line code '{line.Code}' is taken.");
        }

        var lines = existing is null ? [.. definition.Lines, line] : definition.Lines.Select(l => l.Code == code ? line : l).ToList();
        return await campaign.Replace(definition with { Lines = lines }) ? line : PlanSaves.Stale;
    }

    /// <param name="taskId">The id of the task to edit; null to add a new task.</param>
    public Task<Outcome<TaskView>> SaveTask(string campaignId, string? taskId, TaskPlanRequest? request) =>
        PlanSaves.Retrying(() => TrySaveTask(campaignId, taskId, request));

    private async Task<Outcome<TaskView>> TrySaveTask(string campaignId, string? taskId, TaskPlanRequest? request)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(campaignId);
        if (await campaign.GetDefinition() is not { } definition || await campaign.GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotFound("id", $"活动“{campaignId}”不存在 / campaign '{campaignId}' does not exist.");
        }

        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).ToList();
        var existing = taskId is null ? null : tasks.FirstOrDefault(t => t.Id == taskId);
        if (taskId is not null && existing is null)
        {
            return Refusal.NotFound("taskId", $"任务“{taskId}”不属于该活动 / task '{taskId}' is not part of this campaign.");
        }

        var (checkedTask, refusal) = PlanChecks.Task(request, definition);
        if (refusal is not null)
        {
            return refusal;
        }

        var id = existing?.Id ?? $"{definition.Id}.{checkedTask!.Code}";
        if (tasks.Any(t => t.Id != existing?.Id && (t.Code == checkedTask!.Code || t.Id == id)))
        {
            return Refusal.Conflict("code", $"任务编号“{checkedTask!.Code}”已被使用 / task code '{checkedTask.Code}' is taken.");
        }

        if (!Ids.IsValid(id))
        {
            return Refusal.Invalid("code", "任务编号过长 / the task code is too long.");
        }

        var task = checkedTask! with { Id = id, CampaignId = definition.Id };
        // A new task starts without progress; an edited one keeps its value, version history and evidence.
        await grains.GetGrain<ITaskGrain>(id).Define(task, existing is null ? [] : null);
        var lines = definition.Lines.Select(l => l with
        {
            TaskIds = l.Code == task.LineCode
                ? (l.TaskIds.Contains(id) ? l.TaskIds : [.. l.TaskIds, id])
                : l.TaskIds.Where(t => t != id).ToList(),
        }).ToList();
        if (!await campaign.Replace(definition with { Lines = lines }))
        {
            return PlanSaves.Stale;
        }

        logger.LogInformation("{Action} task {Task} of campaign {Campaign}", existing is null ? "Added" : "Edited", id, definition.Id);
        var now = await campaign.GetSnapshot();
        return now!.Lines.SelectMany(l => l.Tasks).Single(t => t.Id == id);
    }
}
