using System.Security.Claims;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>The tasks a signed-in user may update: a unit head's own unit's tasks, every task for the office.</summary>
public sealed class MyTasks(IGrainFactory grains)
{
    public async Task<IReadOnlyList<TaskView>> For(ClaimsPrincipal user)
    {
        var campaigns = await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List();
        var snapshots = await Task.WhenAll(campaigns.Select(c => grains.GetGrain<ICampaignGrain>(c.Id).GetSnapshot()));
        return snapshots.OfType<CampaignSnapshot>()
            .SelectMany(s => s.Lines.SelectMany(l => l.Tasks))
            .Where(t => TaskPermissions.MayUpdate(user, t))
            .OrderBy(t => t.Status switch { ProgressStatus.Overdue => 0, ProgressStatus.Lagging => 1, ProgressStatus.NotStarted => 2, ProgressStatus.OnTrack => 3, _ => 4 })
            .ThenBy(t => t.DueDate)
            .ToList();
    }

    /// <summary>The campaigns' names by id, for pages that group tasks by campaign.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CampaignNames() =>
        (await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List()).ToDictionary(c => c.Id, c => c.Name);
}
