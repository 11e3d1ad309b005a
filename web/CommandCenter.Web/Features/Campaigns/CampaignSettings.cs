using System.Globalization;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Changes a campaign's name, dates, time zone, tolerance and report window. Its tasks are redefined with the new
/// start, zone and tolerance, keeping their progress and history.
/// </summary>
public sealed class CampaignSettings(IGrainFactory grains)
{
    public const double MaxTolerance = 0.5;

    public Task<Outcome<CampaignDefinition>> Save(string id, CampaignSettingsRequest? request) =>
        PlanSaves.Retrying(() => TrySave(id, request));

    private async Task<Outcome<CampaignDefinition>> TrySave(string id, CampaignSettingsRequest? request)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(id);
        if (await campaign.GetDefinition() is not { } current || await campaign.GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotFound("id", $"Campaign '{id}' does not exist.");
        }

        var form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["name"] = request?.Name ?? "", ["startDate"] = request?.StartDate ?? "", ["endDate"] = request?.EndDate ?? "", ["timeZone"] = request?.TimeZone ?? "", ["id"] = id,
        });
        var (fields, error) = ImportForm.Read(form);
        if (error is { } e)
        {
            return Refusal.Invalid(e.Field, e.Reason);
        }

        if (request!.LagTolerance is not { } tolerance || tolerance is < 0 or > MaxTolerance)
        {
            return Refusal.Invalid("lagTolerance", $"lagTolerance is a share from 0 to {MaxTolerance} (e.g. 0.1).");
        }

        if (!Enum.TryParse<DayOfWeek>(request.ReportDay, ignoreCase: true, out var day) || !Enum.IsDefined(day) || int.TryParse(request.ReportDay, out _))
        {
            return Refusal.Invalid("reportDay", "reportDay is a weekday name, e.g. Friday.");
        }

        if (!TimeOnly.TryParseExact(request.ReportTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return Refusal.Invalid("reportTime", "reportTime is a time of day in HH:mm, e.g. 17:00.");
        }

        var tasks = snapshot.Lines.SelectMany(l => l.Tasks).ToList();
        if (tasks.FirstOrDefault(t => t.DueDate < fields!.StartDate || t.DueDate > fields.EndDate) is { } outside)
        {
            return Refusal.Invalid("endDate", $"Task {outside.Code} is due {outside.DueDate:yyyy-MM-dd}, outside the new dates.");
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
        return await campaign.Replace(saved) ? saved with { Revision = saved.Revision + 1 } : PlanSaves.Stale;
    }

    private static TaskDefinition Definition(TaskView task, CampaignDefinition campaign) => new()
    {
        Id = task.Id, CampaignId = task.CampaignId, LineCode = task.LineCode, Code = task.Code, Title = task.Title,
        OwnerUnit = task.OwnerUnit, CoUnits = task.CoUnits, StartDate = campaign.StartDate, DueDate = task.DueDate,
        Target = task.Target, TimeZone = campaign.TimeZone, LagTolerance = campaign.LagTolerance,
    };
}
