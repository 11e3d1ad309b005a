namespace CommandCenter.Wall.Map;

/// <summary>Two reads of a grid are the same drawing when code, name, district and every coordinate agree (the map is laid out again only when one changed).</summary>
public sealed class MapGridComparer : IEqualityComparer<MapGrid>
{
    public static MapGridComparer Instance { get; } = new();

    public bool Equals(MapGrid? x, MapGrid? y) =>
        ReferenceEquals(x, y) || (x is not null && y is not null && x.Code == y.Code && x.Name == y.Name && x.District == y.District
            && x.Polygons.Length == y.Polygons.Length
            && x.Polygons.Zip(y.Polygons).All(p => p.First.Length == p.Second.Length && p.First.Zip(p.Second).All(r => r.First.AsSpan().SequenceEqual(r.Second))));

    public int GetHashCode(MapGrid grid) => HashCode.Combine(grid.Code, grid.Polygons.Length);
}
