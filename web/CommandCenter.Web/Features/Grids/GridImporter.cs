using CommandCenter.Domain;
using CommandCenter.Planning.Grids;

namespace CommandCenter.Web.Features.Grids;

/// <summary>Stores the grids of a valid grid table, or one grid's edit: the directory first, then each grid grain. Re-importing or editing a grid keeps its counts.</summary>
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
        await Store(grids);
        return grids;
    }

    /// <summary>Changes a grid's name, street, grid head and members, checked like a row of the grid table; its code, campaign, boundary and counts stay.</summary>
    public async Task<Outcome<GridDefinition>> Edit(string code, GridEditForm edit)
    {
        if (!Shell.Ids.IsValid(code) || await grains.GetGrain<IGridGrain>(code).GetRow() is not { } row)
        {
            return Refusal.NotFound($"网格 {code} 不存在 / grid '{code}' does not exist.");
        }

        var members = edit.MemberList();
        if (TextRules.FirstLineProblem(("name", edit.Name), ("district", edit.District), ("gridHead", edit.GridHead)) is { } text)
        {
            return Refusal.Invalid(text.Field, text.Reason);
        }

        if (string.IsNullOrWhiteSpace(edit.Name) || edit.Name.Trim().Length > GridTableReader.MaxTextLength)
        {
            return Refusal.Invalid("name", $"网格名称须为 1 到 {GridTableReader.MaxTextLength} 个字符 / a grid's name has 1 to {GridTableReader.MaxTextLength} characters.");
        }

        if (new[] { edit.District, edit.GridHead }.Concat(members).Any(t => t.Trim().Length > GridTableReader.MaxTextLength)
            || TextRules.FirstLineProblem(members.Select(m => ("members", (string?)m)).ToArray()) is not null)
        {
            return Refusal.Invalid("members", $"街道、网格长和每位成员最多 {GridTableReader.MaxTextLength} 个字符 / the street, the grid head and each member have at most {GridTableReader.MaxTextLength} characters.");
        }

        var grid = row.Grid with { Name = edit.Name.Trim(), District = edit.District.Trim(), GridHead = edit.GridHead.Trim(), Members = members };
        await Store([grid]);
        return grid;
    }

    private async Task Store(IReadOnlyList<GridDefinition> grids)
    {
        await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Register(grids);
        await units.Register(grids.Select(g => g.District));
        foreach (var chunk in grids.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(g => grains.GetGrain<IGridGrain>(g.Code).Define(g)));
        }
    }
}
