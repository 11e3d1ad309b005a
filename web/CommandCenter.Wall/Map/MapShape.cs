namespace CommandCenter.Wall.Map;

/// <summary>A grid drawn on the map: its SVG path and where its label goes, in map units.</summary>
public sealed record MapShape(string Code, string Name, string District, string Path, double LabelX, double LabelY);
