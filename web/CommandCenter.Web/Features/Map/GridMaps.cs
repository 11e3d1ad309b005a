using MapCase = CommandCenter.Wall.Contracts.MapCase;
using MapData = CommandCenter.Wall.Contracts.MapData;
using MapGrid = CommandCenter.Wall.Contracts.MapGrid;
using CommandCenter.Ledger;
using CommandCenter.Wall.Map;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Map;

/// <summary>
/// What the map pages draw: a campaign's grids (or every grid) with their boundaries read from the stored GeoJSON, and
/// the newest open cases with a position within the reader's scope (the wall's screens see the campaign's).
/// </summary>
public sealed class GridMaps(IGrainFactory grains, ICaseLedger ledger)
{
    /// <summary>The grids of <paramref name="campaignId"/> (all grids when null) with their live rows, for figures.</summary>
    public async Task<IReadOnlyList<GridRow>> Rows(string? campaignId) =>
        (await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List())
            .Where(r => campaignId is null || r.Grid.CampaignId == campaignId).OrderBy(r => r.Grid.Code, StringComparer.Ordinal).ToList();

    /// <summary>The map; <paramref name="scope"/> null for a wall screen, which shows every case of its campaign (like its case ticker).</summary>
    public async Task<MapData> Read(string? campaignId, ReadScope? scope)
    {
        var rows = await Rows(campaignId);
        return new MapData(rows.Select(Grid).ToList(), await Cases(campaignId, scope));
    }

    public async Task<IReadOnlyList<MapCase>> Cases(string? campaignId, ReadScope? scope)
    {
        var all = new CaseQuery { CampaignId = campaignId, Open = true, Located = true, PageSize = MapData.MaxCases };
        if ((scope is null ? all : scope.Restrict(all)) is not { } query)
        {
            return [];
        }

        var page = await ledger.Query(query);
        return page.Items.Where(c => c.Latitude is not null && c.Longitude is not null)
            .Select(c => new MapCase(c.Id, c.GridCode, c.Latitude!.Value, c.Longitude!.Value, c.Overdue)).ToList();
    }

    public static MapGrid Grid(GridRow row) =>
        new(row.Grid.Code, row.Grid.Name, row.Grid.District, GeoShape.Parse(row.Grid.GeoJson)?.Polygons ?? []);

    public static GridFigures Figures(CaseStats stats) => new(stats.Received, stats.Overdue, stats.ClosureRate);
}
