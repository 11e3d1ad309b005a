namespace CommandCenter.Planning.Grids;

/// <summary>One grid of an imported grid table (网格表).</summary>
/// <param name="Row">The spreadsheet row number.</param>
/// <param name="Code">网格编号, e.g. JA-001.</param>
/// <param name="Name">网格名称.</param>
/// <param name="District">所属街道.</param>
/// <param name="GridHead">网格长.</param>
/// <param name="Members">网格员.</param>
/// <param name="GeoJson">The boundary as a GeoJSON polygon, if given.</param>
public sealed record GridTableRow(int Row, string Code, string Name, string District, string GridHead, IReadOnlyList<string> Members, string? GeoJson);
