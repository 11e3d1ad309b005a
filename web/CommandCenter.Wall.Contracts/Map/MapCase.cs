namespace CommandCenter.Wall.Contracts;

/// <summary>An open case with the position it was reported at.</summary>
public sealed record MapCase(string Id, string GridCode, double Latitude, double Longitude, bool Overdue);
