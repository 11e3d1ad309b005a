using MapCase = CommandCenter.Wall.Contracts.MapCase;
using MapGrid = CommandCenter.Wall.Contracts.MapGrid;
using CommandCenter.Wall.Map;

namespace CommandCenter.Web.Tests.Map;

/// <summary>The map's pure geometry: reading boundaries, the projection, district outlines, the layout and the colourings.</summary>
public sealed class MapGeometryTests
{
    private static MapGrid Grid(string code, string district, string? geoJson) =>
        new(code, code, district, GeoShape.Parse(geoJson)?.Polygons ?? []);

    [Fact]
    public void A_polygon_a_multipolygon_in_a_feature_are_read_and_anything_else_is_no_boundary()
    {
        var square = GeoShape.Parse(MapGrids.Polygon(117.00, 36.65))!;
        Assert.Single(square.Polygons);
        Assert.Equal(8, square.Polygons[0][0].Length); // four corners, the closing repeat dropped
        var multi = GeoShape.Parse("""{"type":"Feature","geometry":{"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[[[2,2],[3,2],[3,3],[2,2]]]]}}""")!;
        Assert.Equal(2, multi.Polygons.Length);

        foreach (var junk in new[] { null, "", "{", "[]", """{"type":"Point","coordinates":[117,36]}""", """{"type":"Polygon","coordinates":[[[0,0],[1,0]]]}""",
                     """{"type":"Polygon","coordinates":[[["a","b"],[1,0],[1,1],[0,0]]]}""", """{"type":"Polygon","coordinates":[[[0,100],[1,0],[1,1],[0,0]]]}""",
                     """{"type":"Polygon","coordinates":[[[0,0],[1e400,0],[1,1],[0,0]]]}""", """{"type":"Polygon","coordinates":{}}""" })
        {
            Assert.Null(GeoShape.Parse(junk));
        }
    }

    [Fact]
    public void A_point_is_inside_outside_or_metres_away_from_a_boundary_and_a_hole_is_outside()
    {
        var square = GeoShape.Parse(MapGrids.Polygon(117.00, 36.65))!;
        Assert.True(square.Contains(MapGrids.InsideLongitude, MapGrids.InsideLatitude));
        Assert.Equal(0, square.DistanceMetres(MapGrids.InsideLongitude, MapGrids.InsideLatitude));
        Assert.False(square.Contains(117.005, 36.661));
        Assert.InRange(square.DistanceMetres(117.005, 36.661), 100, 125); // 0.001° of latitude is about 111 m

        var holed = GeoShape.Of([[0, 0, 10, 0, 10, 10, 0, 10], [4, 4, 6, 4, 6, 6, 4, 6]]);
        Assert.True(holed.Contains(2, 2));
        Assert.False(holed.Contains(5, 5));
    }

    [Fact]
    public void The_projection_fits_the_box_keeps_north_up_and_turns_back_to_the_same_position()
    {
        var projection = new MapProjection(117.00, 36.64, 117.02, 36.66, 1600, 900);
        var (westX, northY) = projection.Project(117.00, 36.66);
        var (eastX, southY) = projection.Project(117.02, 36.64);
        Assert.True(westX < eastX && northY < southY);
        Assert.True(projection.Shows(westX, northY) && projection.Shows(eastX, southY));
        Assert.InRange(southY - northY, 900 * 0.9, 900); // the taller side fills the height, less the margin
        var width = eastX - westX;
        Assert.InRange(width / (southY - northY), 0.79, 0.81); // a degree of longitude is cos(36.65°) of a degree of latitude
        var (lon, lat) = projection.Unproject(projection.Project(117.013, 36.647).X, projection.Project(117.013, 36.647).Y);
        Assert.Equal(117.013, lon, 9);
        Assert.Equal(36.647, lat, 9);
    }

    [Fact]
    public void A_district_outline_keeps_the_edges_only_one_of_its_grids_has()
    {
        var edges = DistrictOutline.Edges([GeoShape.Parse(MapGrids.Polygon(117.00, 36.65))!.Polygons, GeoShape.Parse(MapGrids.Polygon(117.01, 36.65))!.Polygons]).ToList();
        Assert.Equal(6, edges.Count); // two squares sharing one edge: eight edges less the shared one, counted twice
        Assert.DoesNotContain(edges, e => e.From.Lon == 117.01 && e.To.Lon == 117.01);
    }

    [Fact]
    public void The_layout_draws_grids_with_a_boundary_tiles_the_rest_and_labels_each_district_inside_it()
    {
        var grids = new[]
        {
            Grid("MA-001", "城北街道", MapGrids.Polygon(117.00, 36.65)), Grid("MA-002", "城北街道", MapGrids.Polygon(117.01, 36.65)),
            Grid("MA-003", "城南街道", MapGrids.Polygon(117.00, 36.64)), Grid("MA-004", "城南街道", null),
        };
        var picture = MapLayout.Build(grids);
        Assert.Equal(["MA-001", "MA-002", "MA-003"], picture.Shapes.Select(s => s.Code));
        Assert.Equal(["MA-004"], picture.Tiles.Select(t => t.Code));
        Assert.StartsWith("M", picture.Shapes[0].Path);
        Assert.EndsWith("Z", picture.Shapes[0].Path);
        var north = picture.Districts.Single(d => d.Name == "城北街道");
        var (lon, lat) = picture.Projection!.Unproject(north.LabelX, north.LabelY);
        Assert.InRange(lon, 117.004, 117.016); // the middle of the two squares, or the middle of one of them
        Assert.Equal(36.655, lat, 6);
        Assert.Equal(6, north.Outline.Split('M', StringSplitOptions.RemoveEmptyEntries).Length);

        var points = picture.Points([new MapCase("MA-001.1", "MA-001", MapGrids.InsideLatitude, MapGrids.InsideLongitude, false), new MapCase("far", "MA-001", 30, 100, false)]).ToList();
        Assert.Equal(["MA-001.1"], points.Select(p => p.Case.Id));
        Assert.Empty(MapLayout.Build([Grid("MA-004", "", null)]).Shapes);
    }

    [Fact]
    public void Colours_follow_overdue_counts_or_closure_rates()
    {
        Assert.Equal(["good", "fair", "poor", "poor", "bad"], new[] { 0, 1, 2, 4, 5 }.Select(n => MapColouring.Level(MapColouring.Overdue, 10, n, 0)));
        Assert.Equal(["none", "good", "fair", "poor", "bad"], new[] { (0, 0.0), (10, 0.9), (10, 0.7), (10, 0.5), (10, 0.49) }
            .Select(c => MapColouring.Level(MapColouring.Closure, c.Item1, 0, c.Item2)));
        Assert.Equal(MapColouring.Closure, MapColouring.Of("CLOSURE"));
        Assert.Equal(MapColouring.Overdue, MapColouring.Of("<script>"));
        Assert.Equal(MapColouring.Legend(MapColouring.Closure).Select(l => l.Level).ToHashSet(), new[] { "good", "fair", "poor", "bad", "none" }.ToHashSet());
    }

    [Fact]
    public void The_wall_shows_the_map_when_asked_for_by_name_and_leaves_it_out_of_the_default_playlist()
    {
        Assert.Equal(["map"], CommandCenter.Wall.Model.WallRotation.From("map", null).Pages);
        Assert.Equal(["grids", "map"], CommandCenter.Wall.Model.WallRotation.From("grids,MAP", null).Pages);
        Assert.DoesNotContain("map", CommandCenter.Wall.Model.WallRotation.Default.Pages);
    }
}
