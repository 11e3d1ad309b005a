namespace CommandCenter.Web.Features.Cases;

/// <summary>A position chosen on the case report form (WGS 84 degrees).</summary>
public sealed record PickedPosition(double Latitude, double Longitude);
