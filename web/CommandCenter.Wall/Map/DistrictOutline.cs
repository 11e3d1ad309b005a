namespace CommandCenter.Wall.Map;

/// <summary>
/// The outer outline of a district's grids: every ring edge that only one grid has. Grids cut from one survey share the
/// vertices of their common edges, so those edges cancel and what is left is the district's border; grids that merely
/// touch without shared vertices keep their inner edges in the outline.
/// </summary>
public static class DistrictOutline
{
    /// <summary>Positions closer than this (in degrees, about 1 cm) count as the same vertex.</summary>
    private const double Tolerance = 1e-7;

    public static IEnumerable<((double Lon, double Lat) From, (double Lon, double Lat) To)> Edges(IEnumerable<double[][][]> grids)
    {
        var edges = new Dictionary<(long, long, long, long), (int Count, (double, double) From, (double, double) To)>();
        var order = new List<(long, long, long, long)>();
        foreach (var ring in grids.SelectMany(g => g).SelectMany(p => p))
        {
            for (var i = 0; i < ring.Length; i += 2)
            {
                var j = (i + 2) % ring.Length;
                var (a, b) = (Key(ring[i], ring[i + 1]), Key(ring[j], ring[j + 1]));
                if (a == b)
                {
                    continue;
                }

                var key = a.CompareTo(b) < 0 ? (a.Item1, a.Item2, b.Item1, b.Item2) : (b.Item1, b.Item2, a.Item1, a.Item2);
                if (edges.TryGetValue(key, out var known))
                {
                    edges[key] = known with { Count = known.Count + 1 };
                }
                else
                {
                    edges[key] = (1, (ring[i], ring[i + 1]), (ring[j], ring[j + 1]));
                    order.Add(key);
                }
            }
        }

        return order.Select(k => edges[k]).Where(e => e.Count == 1).Select(e => (e.From, e.To)).ToList();
    }

    private static (long, long) Key(double lon, double lat) => ((long)Math.Round(lon / Tolerance), (long)Math.Round(lat / Tolerance));
}
