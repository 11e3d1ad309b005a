using CommandCenter.Wall.Map;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// The rules of a case's position: both <c>latitude</c> and <c>longitude</c> or neither, in range, and — when the grid
/// has a boundary — inside it or at most <see cref="NearMetres"/> outside (a phone's fix is a few metres off, a case at
/// the kerb of a border street is still this grid's).
/// </summary>
public static class CasePosition
{
    public const double NearMetres = 200;

    public static (string Field, string Reason)? Problem(double? latitude, double? longitude)
    {
        if (latitude is null != longitude is null)
        {
            var missing = latitude is null ? "latitude" : "longitude";
            return (missing, $"纬度和经度须同时给出 / give both latitude and longitude, or neither ({missing} is missing).");
        }

        if (latitude is { } lat && (!double.IsFinite(lat) || lat is < -90 or > 90))
        {
            return ("latitude", "纬度须在 -90 到 90 之间 / latitude must be a number from -90 to 90.");
        }

        if (longitude is { } lon && (!double.IsFinite(lon) || lon is < -180 or > 180))
        {
            return ("longitude", "经度须在 -180 到 180 之间 / longitude must be a number from -180 to 180.");
        }

        return null;
    }

    /// <summary>Why the position does not belong to the grid, or null when it does (or the grid has no usable boundary).</summary>
    public static (string Field, string Reason)? OutsideOf(GridDefinition grid, double latitude, double longitude)
    {
        if (GeoShape.Parse(grid.GeoJson) is not { } shape)
        {
            return null;
        }

        var away = shape.DistanceMetres(longitude, latitude);
        return away <= NearMetres ? null
            : ("latitude", $"位置在网格 {grid.Code} 边界外约 {away:0} 米 / the position lies about {away:0} m outside grid {grid.Code}'s boundary (at most {NearMetres:0} m is accepted).");
    }
}
