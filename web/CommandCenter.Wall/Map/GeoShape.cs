using System.Text.Json;

namespace CommandCenter.Wall.Map;

/// <summary>
/// A grid's boundary read from GeoJSON (a Polygon, a MultiPolygon, or a Feature holding one), in longitude/latitude:
/// polygons of rings, each ring a flat array <c>[lon0, lat0, lon1, lat1, …]</c> (the first ring the outline, the rest holes).
/// </summary>
public sealed class GeoShape
{
    /// <summary>More positions than this in one boundary are not drawn (the grid shows as a tile).</summary>
    public const int MaxPositions = 20_000;

    private const double MetresPerDegree = 111_320;

    private GeoShape(double[][][] polygons) => Polygons = polygons;

    public double[][][] Polygons { get; }

    /// <summary>The shape of <paramref name="geoJson"/>, or null when it is missing or not a usable polygon in longitude/latitude.</summary>
    public static GeoShape? Parse(string? geoJson)
    {
        if (string.IsNullOrWhiteSpace(geoJson))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(geoJson, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("geometry", out var geometry))
            {
                root = geometry;
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || !root.TryGetProperty("coordinates", out var coordinates))
            {
                return null;
            }

            var count = 0;
            var polygons = type.ValueKind != JsonValueKind.String ? null : type.GetString() switch
            {
                "Polygon" => Polygon(coordinates, ref count) is { } one ? [one] : null,
                "MultiPolygon" => MultiPolygon(coordinates, ref count),
                _ => null,
            };
            return polygons is { Length: > 0 } ? new GeoShape(polygons) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static GeoShape Of(params double[][][] polygons) => new(polygons);

    private static double[][][]? MultiPolygon(JsonElement coordinates, ref int count)
    {
        if (coordinates.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var polygons = new List<double[][]>();
        foreach (var item in coordinates.EnumerateArray())
        {
            if (Polygon(item, ref count) is not { } polygon)
            {
                return null;
            }

            polygons.Add(polygon);
        }

        return [.. polygons];
    }

    private static double[][]? Polygon(JsonElement coordinates, ref int count)
    {
        if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() == 0)
        {
            return null;
        }

        var rings = new List<double[]>();
        foreach (var item in coordinates.EnumerateArray())
        {
            if (Ring(item, ref count) is not { } ring)
            {
                return null;
            }

            rings.Add(ring);
        }

        return [.. rings];
    }

    private static double[]? Ring(JsonElement coordinates, ref int count)
    {
        if (coordinates.ValueKind != JsonValueKind.Array || coordinates.GetArrayLength() < 3)
        {
            return null;
        }

        var ring = new List<double>();
        foreach (var position in coordinates.EnumerateArray())
        {
            if (++count > MaxPositions || position.ValueKind != JsonValueKind.Array || position.GetArrayLength() < 2
                || position[0].ValueKind != JsonValueKind.Number || position[1].ValueKind != JsonValueKind.Number
                || !position[0].TryGetDouble(out var lon) || !position[1].TryGetDouble(out var lat) || !GeoPoint.IsValid(lat, lon))
            {
                return null;
            }

            ring.Add(lon);
            ring.Add(lat);
        }

        // A closed ring repeats its first position at the end; drawing and testing need it once.
        if (ring.Count >= 8 && ring[0] == ring[^2] && ring[1] == ring[^1])
        {
            ring.RemoveRange(ring.Count - 2, 2);
        }

        return ring.Count >= 6 ? [.. ring] : null;
    }

    /// <summary>The smallest box holding every position: (west, south, east, north).</summary>
    public (double West, double South, double East, double North) Bounds
    {
        get
        {
            var (w, s, e, n) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
            foreach (var ring in Polygons.SelectMany(p => p))
            {
                for (var i = 0; i < ring.Length; i += 2)
                {
                    (w, e) = (Math.Min(w, ring[i]), Math.Max(e, ring[i]));
                    (s, n) = (Math.Min(s, ring[i + 1]), Math.Max(n, ring[i + 1]));
                }
            }

            return (w, s, e, n);
        }
    }

    /// <summary>True when the point lies inside an outline and outside its holes (even-odd rule).</summary>
    public bool Contains(double longitude, double latitude) =>
        Polygons.Any(polygon => polygon.Count(ring => RingContains(ring, longitude, latitude)) % 2 == 1);

    /// <summary>How far the point lies outside the shape, in metres (0 inside); a local flat approximation, right to a few percent at city scale.</summary>
    public double DistanceMetres(double longitude, double latitude)
    {
        if (Contains(longitude, latitude))
        {
            return 0;
        }

        var scale = Math.Cos(latitude * Math.PI / 180);
        var best = double.MaxValue;
        foreach (var ring in Polygons.SelectMany(p => p))
        {
            for (var i = 0; i < ring.Length; i += 2)
            {
                var j = (i + 2) % ring.Length;
                var (ax, ay) = ((ring[i] - longitude) * scale, ring[i + 1] - latitude);
                var (bx, by) = ((ring[j] - longitude) * scale, ring[j + 1] - latitude);
                best = Math.Min(best, SegmentDistance(ax, ay, bx, by));
            }
        }

        return best * MetresPerDegree;
    }

    /// <summary>The distance from the origin to the segment a–b.</summary>
    private static double SegmentDistance(double ax, double ay, double bx, double by)
    {
        var (dx, dy) = (bx - ax, by - ay);
        var length = dx * dx + dy * dy;
        var t = length == 0 ? 0 : Math.Clamp(-(ax * dx + ay * dy) / length, 0, 1);
        var (px, py) = (ax + t * dx, ay + t * dy);
        return Math.Sqrt(px * px + py * py);
    }

    private static bool RingContains(double[] ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 2; i < ring.Length; j = i, i += 2)
        {
            var (xi, yi, xj, yj) = (ring[i], ring[i + 1], ring[j], ring[j + 1]);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
