namespace CommandCenter.Web.Features.Cases;

/// <summary>What the browser's geolocation answered: a position, or why there is none (<c>denied</c>, <c>timeout</c>, <c>unavailable</c>, <c>unsupported</c>).</summary>
public sealed record GeoFix(double? Latitude, double? Longitude, double? Accuracy, string? Error);
