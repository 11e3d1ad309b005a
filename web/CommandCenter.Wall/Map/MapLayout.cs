using System.Text;

namespace CommandCenter.Wall.Map;

/// <summary>Lays grids out for SVG: one projection for all of them, a path per grid, an outline and a label per district.</summary>
public static class MapLayout
{
    public const double Width = 1600;

    public const double Height = 900;

    public static MapPicture Build(IReadOnlyList<MapGrid> grids, double width = Width, double height = Height)
    {
        var drawn = grids.Where(g => g.Polygons.Length > 0).ToList();
        var tiles = grids.Where(g => g.Polygons.Length == 0).OrderBy(g => g.Code, StringComparer.Ordinal).ToList();
        if (drawn.Count == 0)
        {
            return new MapPicture(null, [], [], tiles);
        }

        var (w, s, e, n) = GeoShape.Of([.. drawn.SelectMany(g => g.Polygons)]).Bounds;
        var projection = new MapProjection(w, s, e, n, width, height);
        var shapes = drawn.OrderBy(g => g.Code, StringComparer.Ordinal).Select(g =>
        {
            var (x, y) = Centre(Largest(g.Polygons)[0], projection);
            return new MapShape(g.Code, g.Name, g.District, Path(g.Polygons, projection), x, y);
        }).ToList();
        var districts = drawn.Where(g => g.District.Length > 0).GroupBy(g => g.District, StringComparer.Ordinal)
            .OrderBy(d => d.Key, StringComparer.Ordinal)
            .Select(d => District(d.Key, d.ToList(), projection)).ToList();
        return new MapPicture(projection, shapes, districts, tiles);
    }

    /// <summary>One SVG path for all of a grid's polygons and holes (drawn with the even-odd rule).</summary>
    public static string Path(double[][][] polygons, MapProjection projection)
    {
        var path = new StringBuilder();
        foreach (var ring in polygons.SelectMany(p => p))
        {
            for (var i = 0; i < ring.Length; i += 2)
            {
                var (x, y) = projection.Project(ring[i], ring[i + 1]);
                path.Append(i == 0 ? 'M' : 'L').Append(MapPicture.Number(x)).Append(',').Append(MapPicture.Number(y));
            }

            path.Append('Z');
        }

        return path.ToString();
    }

    private static MapDistrict District(string name, IReadOnlyList<MapGrid> grids, MapProjection projection)
    {
        var outline = new StringBuilder();
        foreach (var ((ax, ay), (bx, by)) in DistrictOutline.Edges(grids.Select(g => g.Polygons)))
        {
            var (x1, y1) = projection.Project(ax, ay);
            var (x2, y2) = projection.Project(bx, by);
            outline.Append('M').Append(MapPicture.Number(x1)).Append(',').Append(MapPicture.Number(y1))
                .Append('L').Append(MapPicture.Number(x2)).Append(',').Append(MapPicture.Number(y2));
        }

        // The area-weighted centre of the district's grids; where that falls outside them (a crescent), its largest grid's centre.
        var outlines = grids.SelectMany(g => g.Polygons).Select(p => p[0]).ToList();
        var (sumX, sumY, sumArea) = (0.0, 0.0, 0.0);
        foreach (var ring in outlines)
        {
            var area = Math.Abs(Area(ring));
            var (x, y) = Centroid(ring);
            (sumX, sumY, sumArea) = (sumX + x * area, sumY + y * area, sumArea + area);
        }

        var centre = sumArea > 0 ? (sumX / sumArea, sumY / sumArea) : Centroid(outlines[0]);
        if (!grids.Any(g => GeoShape.Of(g.Polygons).Contains(centre.Item1, centre.Item2)))
        {
            centre = Centroid(outlines.MaxBy(r => Math.Abs(Area(r)))!);
        }

        var (labelX, labelY) = projection.Project(centre.Item1, centre.Item2);
        return new MapDistrict(name, outline.ToString(), labelX, labelY);
    }

    private static double[][] Largest(double[][][] polygons) => polygons.MaxBy(p => Math.Abs(Area(p[0])))!;

    private static (double X, double Y) Centre(double[] ring, MapProjection projection)
    {
        var (lon, lat) = Centroid(ring);
        return projection.Project(lon, lat);
    }

    /// <summary>Signed area of a ring in square degrees (shoelace formula).</summary>
    private static double Area(double[] ring)
    {
        var sum = 0.0;
        for (int i = 0, j = ring.Length - 2; i < ring.Length; j = i, i += 2)
        {
            sum += ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
        }

        return sum / 2;
    }

    /// <summary>The centroid of a ring's area (the mean of its vertices for a degenerate ring).</summary>
    private static (double X, double Y) Centroid(double[] ring)
    {
        var area = Area(ring);
        if (Math.Abs(area) < 1e-18)
        {
            var count = ring.Length / 2;
            return (Enumerable.Range(0, count).Average(k => ring[2 * k]), Enumerable.Range(0, count).Average(k => ring[2 * k + 1]));
        }

        var (cx, cy) = (0.0, 0.0);
        for (int i = 0, j = ring.Length - 2; i < ring.Length; j = i, i += 2)
        {
            var cross = ring[j] * ring[i + 1] - ring[i] * ring[j + 1];
            (cx, cy) = (cx + (ring[j] + ring[i]) * cross, cy + (ring[j + 1] + ring[i + 1]) * cross);
        }

        return (cx / (6 * area), cy / (6 * area));
    }
}
