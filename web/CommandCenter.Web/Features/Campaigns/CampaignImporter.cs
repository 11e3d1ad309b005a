using CommandCenter.Planning;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Stores a validated table as a new campaign: every task grain first, then the campaign that lists them.</summary>
public sealed class CampaignImporter(IGrainFactory grains, Units.UnitDirectory units, ILogger<CampaignImporter> logger)
{
    private const int Parallelism = 32;

    /// <param name="progress">Told the number of tasks stored so far, for a progress bar.</param>
    public async Task<ImportResult> Import(CampaignDefinition campaign, IReadOnlyList<TaskTableRow> rows, IProgress<int>? progress = null)
    {
        var (definition, tasks, errors) = CampaignPlan.FromRows(campaign, rows);
        if (errors.Count > 0)
        {
            return new ImportResult(null, errors);
        }

        // The id is held before any task is stored, so two imports of one id cannot write over each other's tasks.
        var target = grains.GetGrain<ICampaignGrain>(definition.Id);
        var reservation = grains.GetGrain<ICampaignReservationGrain>(definition.Id);
        var token = Guid.NewGuid();
        if (!await reservation.Reserve(token))
        {
            return new ImportResult($"活动“{definition.Id}”已存在，未导入任何内容 / campaign '{definition.Id}' already exists; nothing was imported.", []);
        }

        var stored = 0;
        try
        {
            // Tasks are invisible until the campaign lists them, so a failure half-way leaves no partial campaign behind.
            await Parallel.ForEachAsync(tasks, new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
                async (task, _) =>
                {
                    await grains.GetGrain<ITaskGrain>(task.Id).Define(task, []);
                    progress?.Report(Interlocked.Increment(ref stored));
                });
        }
        catch
        {
            await reservation.Release(token);
            throw;
        }

        if (!await target.Create(definition, token))
        {
            return new ImportResult($"导入期间活动“{definition.Id}”已被他人创建 / campaign '{definition.Id}' was created by someone else while this import ran.", []);
        }

        await units.Register(definition.Lines.Select(l => l.LeadUnit).Concat(tasks.SelectMany(t => t.CoUnits.Prepend(t.OwnerUnit))));
        logger.LogInformation("Imported campaign {Campaign} ({Name}) with {Count} tasks", definition.Id, definition.Name, tasks.Count);
        return new ImportResult(null, [], tasks.Count);
    }
}
