using CommandCenter.Planning;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// Clones a campaign into a new drive: the same lines of effort, tasks and targets, due dates moved by the shift of
/// the start date (and kept within the new end), the same time zone, tolerance and report window, no progress.
/// </summary>
public sealed class CampaignCloner(IGrainFactory grains, CampaignImporter importer)
{
    public async Task<Outcome<ImportedCampaign>> Clone(string sourceId, CloneRequest? request)
    {
        var source = grains.GetGrain<ICampaignGrain>(sourceId);
        if (await source.GetDefinition() is not { } definition || await source.GetSnapshot() is not { } snapshot)
        {
            return Refusal.NotFound($"Campaign '{sourceId}' does not exist.", "id");
        }

        var start = request?.StartDate;
        var length = definition.EndDate.DayNumber - definition.StartDate.DayNumber;
        var end = request?.EndDate is { Length: > 0 } given ? given : null;
        if (start is not null && end is null && DateOnly.TryParseExact(start.Trim(), "yyyy-MM-dd", out var parsedStart))
        {
            end = parsedStart.AddDays(length).ToString("yyyy-MM-dd");
        }

        var form = new FormCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["name"] = request?.Name ?? "", ["startDate"] = start ?? "", ["endDate"] = end ?? "", ["timeZone"] = definition.TimeZone, ["id"] = request?.Id ?? "",
        });
        var (campaign, error) = ImportForm.Read(form);
        if (error is { } e)
        {
            return Refusal.Invalid(e.Field, e.Reason);
        }

        var shift = campaign!.StartDate.DayNumber - definition.StartDate.DayNumber;
        var target = campaign with { LagTolerance = definition.LagTolerance, ReportDay = definition.ReportDay, ReportTime = definition.ReportTime };
        var rows = CampaignPlan.ToRows(snapshot)
            .Select(r => r with { DueDate = Min(r.DueDate.AddDays(shift), target.EndDate) })
            .ToList();
        var result = await importer.Import(target, rows);
        return result switch
        {
            { Conflict: { } conflict } => Refusal.Conflict("id", conflict),
            { RowErrors.Count: > 0 } => Refusal.Invalid("id", string.Join("; ", result.RowErrors)),
            _ => new ImportedCampaign(target.Id, result.Tasks),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
