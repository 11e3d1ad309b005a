namespace CommandCenter.Wall.Contracts;

/// <summary>A grid on the map: its code, name, district and boundary in longitude/latitude (no polygons: no boundary known).</summary>
public sealed record MapGrid(string Code, string Name, string District, double[][][] Polygons);
