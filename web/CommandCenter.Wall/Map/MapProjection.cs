namespace CommandCenter.Wall.Map;

/// <summary>
/// Longitude/latitude to the map's SVG units: an equirectangular projection with longitudes shortened by the cosine of
/// the middle latitude (true to shape at city scale, no tile server), fitted into a <see cref="Width"/> × <see cref="Height"/>
/// box with a margin, north up.
/// </summary>
public sealed class MapProjection
{
    private readonly double _west;
    private readonly double _north;
    private readonly double _scaleX;
    private readonly double _scale;
    private readonly double _offsetX;
    private readonly double _offsetY;

    public MapProjection(double west, double south, double east, double north, double width, double height, double margin = 0.04)
    {
        Width = width;
        Height = height;
        _west = west;
        _north = north;
        _scaleX = Math.Cos((south + north) / 2 * Math.PI / 180);
        var spanX = Math.Max((east - west) * _scaleX, 1e-9);
        var spanY = Math.Max(north - south, 1e-9);
        var (innerWidth, innerHeight) = (width * (1 - 2 * margin), height * (1 - 2 * margin));
        _scale = Math.Min(innerWidth / spanX, innerHeight / spanY);
        _offsetX = (width - spanX * _scale) / 2;
        _offsetY = (height - spanY * _scale) / 2;
    }

    public double Width { get; }

    public double Height { get; }

    public (double X, double Y) Project(double longitude, double latitude) =>
        (_offsetX + (longitude - _west) * _scaleX * _scale, _offsetY + (_north - latitude) * _scale);

    /// <summary>The position shown at a point of the map (the inverse of <see cref="Project"/>).</summary>
    public (double Longitude, double Latitude) Unproject(double x, double y) =>
        (_west + (x - _offsetX) / _scale / _scaleX, _north - (y - _offsetY) / _scale);

    /// <summary>True when the point falls on the map.</summary>
    public bool Shows(double x, double y) => x >= 0 && y >= 0 && x <= Width && y <= Height;
}
