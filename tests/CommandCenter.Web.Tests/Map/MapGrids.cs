using System.Text;
using System.Text.Json;

namespace CommandCenter.Web.Tests.Map;

/// <summary>
/// Grids with GeoJSON boundaries for the map tests, near Jinan (lon 117.00–117.02, lat 36.64–36.66): 城北街道 holds
/// MA-001 and MA-002, two squares sharing an edge; 城南街道 holds MA-003, a MultiPolygon of two squares, and MA-004, which
/// has no boundary.
/// </summary>
internal static class MapGrids
{
    public const double Size = 0.01;

    /// <summary>A point well inside MA-001.</summary>
    public const double InsideLatitude = 36.655, InsideLongitude = 117.005;

    public static double[][] Square(double west, double south) =>
        [[west, south], [west + Size, south], [west + Size, south + Size], [west, south + Size], [west, south]];

    public static string Polygon(double west, double south) => JsonSerializer.Serialize(new { type = "Polygon", coordinates = new[] { Square(west, south) } });

    public static string Table()
    {
        var multi = JsonSerializer.Serialize(new
        {
            type = "Feature",
            properties = new { },
            geometry = new { type = "MultiPolygon", coordinates = new[] { new[] { Square(117.00, 36.64) }, new[] { Square(117.01, 36.64) } } },
        });
        var table = new StringBuilder("grid_code,grid_name,district,geojson\n");
        table.Append($"MA-001,北一网格,城北街道,{Cell(Polygon(117.00, 36.65))}\n");
        table.Append($"MA-002,北二网格,城北街道,{Cell(Polygon(117.01, 36.65))}\n");
        table.Append($"MA-003,南一网格,城南街道,{Cell(multi)}\n");
        table.Append("MA-004,南二网格,城南街道,\n");
        return table.ToString();
    }

    public static Task Import(HttpClient admin, string campaignId = "dagan100") => GridFiles.Import(admin, Table(), campaignId);

    public static object Case(string gridCode, double? latitude, double? longitude) =>
        new { gridCode, category = "市容环境", subcategory = "道路保洁", source = "patrol", description = "人民路路面有垃圾", latitude, longitude };

    /// <summary>An open case reported 30 days ago: overdue at once.</summary>
    public static object[] Overdue(int count) => Enumerable.Range(0, count).Select(_ => (object)new
    {
        category = "市容环境", subcategory = "道路保洁", source = "hotline", description = "老旧投诉未处理", reportedAt = DateTimeOffset.UtcNow.AddDays(-30),
        reportedBy = "12345", status = "dispatched", unit = "环卫处",
    }).ToArray();

    private static string Cell(string json) => "\"" + json.Replace("\"", "\"\"") + "\"";
}
