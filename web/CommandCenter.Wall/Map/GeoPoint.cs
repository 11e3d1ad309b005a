namespace CommandCenter.Wall.Map;

/// <summary>The range rules of a position in degrees.</summary>
public static class GeoPoint
{
    public static bool IsValid(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude) && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180;
}
