using System.Globalization;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Changes a campaign's name, dates, time zone, tolerance and report window. Its tasks are redefined with the new
/// start, zone and tolerance, keeping their progress and history.
/// </summary>
public sealed class CampaignSettings(IGrainFactory grains)
{
    public const double MaxTolerance = 0.5;

    public Task<(CampaignDefinition? Saved, PlanRefusal? Refusal)> Save(string id, CampaignSettingsRequest? request) =>
        PlanSaves.Retrying(() => TrySave(id, request));

    private async Task<(CampaignDefinition? Saved, PlanRefusal? Refusal, bool Stale)> TrySave(string id, CampaignSettingsRequest? request)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(id);
        if (await campaign.GetDefinition() is not { } current || await campaign.GetSnapshot() is not { } snapshot)
        {
            return (null, PlanRefusal.NotFound("id", $"Campaign '{id}' does not exist."), false);
        }

        var form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["name"] = request?.Name ?? "", ["startDate"] = request?.StartDate ?? "", ["endDate"] = request?.EndDate ?? "", ["timeZone"] = request?.TimeZone ?? "", ["id"] = id,
        });
        var (fields, error) = ImportForm.Read(form);
        if (error is { } e)
        {
            return (null, PlanRefusal.Invalid(e.Field, e.Reason), false);
        }

        if (request!.LagTolerance is not { } tolerance || tolerance is < 0 or > MaxTolerance)
        {
            return (null, PlanRefusal.Invalid("lagTolerance", $"lagTolerance is a share from 0 to {MaxTolerance} (e.g. 0.1)."), false);
        }

        if (!Enum.TryParse<DayOfWeek>(request.ReportDay, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(request.ReportDay, out _))
        {
            return (null, PlanRefusal.Invalid("reportDay", "reportDay is a weekday name, e.g. Friday."), false);
        }

        if (!TimeOnly.TryParseExact(request.ReportTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (null, PlanRefusal.Invalid("reportTime", "reportTime is a time of day in HH:mm, e.g. 17:00."), false);
        }

        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).ToList();
        if (tasks.FirstOrDefault(t => t.DueDate < fields!.StartDate || t.DueDate > fields.EndDate) is { } outside)
        {
            return (null, PlanRefusal.Invalid("endDate", $"Task {outside.Code} is due {outside.DueDate:yyyy-MM-dd}, outside the new dates."), false);
        }

        var saved = current with
        {
            Name = fields!.Name,
            StartDate = fields.StartDate,
            EndDate = fields.EndDate,
            TimeZone = fields.TimeZone,
            LagTolerance = tolerance,
            ReportDay = day,
            ReportTime = time,
        };
        await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (task, _) =>
            await grains.GetGrain<ITaskGrain>(task.Id).Define(Definition(task, saved), null));
        return await campaign.Replace(saved) ? (saved with { Revision = saved.Revision + 1 }, null, false) : (null, null, true);
    }

    private static TaskDefinition Definition(TaskView task, CampaignDefinition campaign) => new()
    {
        Id = task.Id, CampaignId = task.CampaignId, LineCode = task.LineCode, Code = task.Code, Title = task.Title,
        OwnerUnit = task.OwnerUnit, CoUnits = task.CoUnits, StartDate = campaign.StartDate, DueDate = task.DueDate,
        Target = task.Target, TimeZone = campaign.TimeZone, LagTolerance = campaign.LagTolerance,
    };
}
