namespace CommandCenter.Planning.Grids;

/// <summary>The columns of a grid table.</summary>
internal enum GridColumn
{
    Code,
    Name,
    District,
    GridHead,
    Members,
    GeoJson,
}
