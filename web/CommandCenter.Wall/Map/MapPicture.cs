namespace CommandCenter.Wall.Map;

/// <summary>
/// A map laid out for SVG: the grids that have a boundary as paths, the districts' outlines and labels, and the grids
/// without a boundary as <see cref="Tiles"/> (shown by name beside the map, or alone when no grid has one).
/// </summary>
public sealed record MapPicture(MapProjection? Projection, IReadOnlyList<MapShape> Shapes, IReadOnlyList<MapDistrict> Districts, IReadOnlyList<MapGrid> Tiles)
{
    public static MapPicture Empty { get; } = new(null, [], [], []);

    /// <summary>The cases that fall on the map, in map units.</summary>
    public IEnumerable<(MapCase Case, double X, double Y)> Points(IEnumerable<MapCase> cases)
    {
        if (Projection is not { } projection)
        {
            yield break;
        }

        foreach (var c in cases)
        {
            var (x, y) = projection.Project(c.Longitude, c.Latitude);
            if (projection.Shows(x, y))
            {
                yield return (c, x, y);
            }
        }
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
