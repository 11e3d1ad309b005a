namespace CommandCenter.Wall.Map;

/// <summary>A district (街道) on the map: the outer outline of its grids as an SVG path, and where its name goes.</summary>
public sealed record MapDistrict(string Name, string Outline, double LabelX, double LabelY);
