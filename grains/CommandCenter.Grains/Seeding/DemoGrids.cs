using System.Globalization;

namespace CommandCenter.Seeding;

/// <summary>
/// The demo city's grids: four streets (街道) of 金安区, 六安, each a block of 2 × 2 grids, laid out as a 4 × 4
/// tessellation of rectangles in longitude/latitude whose neighbours share their edges exactly.
/// </summary>
public static class DemoGrids
{
    /// <summary>The south-west corner of the tessellation.</summary>
    public const decimal West = 116.4800m, South = 31.7200m;

    /// <summary>One grid's size in degrees (about 1.1 km each way at this latitude).</summary>
    public const decimal Width = 0.0120m, Height = 0.0100m;

    private static readonly (string Code, string Name)[] Streets =
        [("ZS", "中市街道"), ("DS", "东市街道"), ("XS", "西市街道"), ("SLQ", "三里桥街道")];

    private static readonly string[] Numbers = ["一", "二", "三", "四"];

    private static readonly string[] Heads =
        ["张建国", "李秀英", "王海涛", "刘桂芳", "陈志强", "杨丽娟", "赵永刚", "黄晓梅", "周德明", "吴春燕", "徐立新", "孙玉兰", "胡振华", "朱红霞", "高文斌", "林淑珍"];

    public static IReadOnlyList<GridDefinition> Create(string campaignId)
    {
        var grids = new List<GridDefinition>();
        for (var s = 0; s < Streets.Length; s++)
        {
            for (var g = 0; g < 4; g++)
            {
                var (column, row) = ((s % 2 * 2) + (g % 2), (s / 2 * 2) + (g / 2));
                var index = (s * 4) + g;
                grids.Add(new GridDefinition
                {
                    Code = $"JA-{Streets[s].Code}-{g + 1:00}",
                    Name = $"{Streets[s].Name}第{Numbers[g]}网格",
                    District = Streets[s].Name,
                    GridHead = Heads[index],
                    Members = [$"{Heads[(index + 5) % Heads.Length]}（网格员）", $"{Heads[(index + 11) % Heads.Length]}（网格员）"],
                    GeoJson = Boundary(column, row),
                    CampaignId = campaignId,
                });
            }
        }

        return grids;
    }

    /// <summary>The GeoJSON Polygon of the cell in <paramref name="column"/> (west to east) and <paramref name="row"/> (south to north), its ring counter-clockwise.</summary>
    public static string Boundary(int column, int row)
    {
        string Point(int c, int r) => $"[{(West + (c * Width)).ToString(CultureInfo.InvariantCulture)},{(South + (r * Height)).ToString(CultureInfo.InvariantCulture)}]";
        var ring = string.Join(",", Point(column, row), Point(column + 1, row), Point(column + 1, row + 1), Point(column, row + 1), Point(column, row));
        return $$"""{"type":"Polygon","coordinates":[[{{ring}}]]}""";
    }

    /// <summary>Registers the grids as the grid-table import does: the directory first, then each grid.</summary>
    public static async Task Seed(IGrainFactory grains, IReadOnlyList<GridDefinition> grids)
    {
        await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Register(grids);
        await Task.WhenAll(grids.Select(g => grains.GetGrain<IGridGrain>(g.Code).Define(g)));
    }
}
