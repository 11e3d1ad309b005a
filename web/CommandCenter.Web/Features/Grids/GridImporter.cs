using CommandCenter.Planning.Grids;

namespace CommandCenter.Web.Features.Grids;

/// <summary>Stores the grids of a valid grid table: the directory first, then each grid grain. Re-importing a grid keeps its counts.</summary>
public sealed class GridImporter(IGrainFactory grains, Units.UnitDirectory units)
{
    public async Task<IReadOnlyList<GridDefinition>> Import(IReadOnlyList<GridTableRow> rows, string? campaignId)
    {
        var grids = rows.Select(r => new GridDefinition
        {
            Code = r.Code,
            Name = r.Name,
            District = r.District,
            GridHead = r.GridHead,
            Members = r.Members,
            GeoJson = r.GeoJson,
            CampaignId = campaignId,
        }).ToList();
        await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Register(grids);
        await units.Register(grids.Select(g => g.District));
        foreach (var chunk in grids.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(g => grains.GetGrain<IGridGrain>(g.Code).Define(g)));
        }

        return grids;
    }
}
