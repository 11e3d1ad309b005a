namespace CommandCenter.Planning.Grids;

/// <summary>The headers a grid table may use for each column, in English or Chinese, in any order.</summary>
internal static class GridHeaders
{
    private static readonly Dictionary<string, GridColumn> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["grid_code"] = GridColumn.Code, ["网格编号"] = GridColumn.Code, ["网格编码"] = GridColumn.Code, ["网格代码"] = GridColumn.Code,
        ["grid_name"] = GridColumn.Name, ["网格名称"] = GridColumn.Name,
        ["district"] = GridColumn.District, ["所属街道"] = GridColumn.District, ["街道"] = GridColumn.District,
        ["grid_head"] = GridColumn.GridHead, ["网格长"] = GridColumn.GridHead,
        ["members"] = GridColumn.Members, ["网格员"] = GridColumn.Members,
        ["geojson"] = GridColumn.GeoJson, ["边界"] = GridColumn.GeoJson,
    };

    /// <summary>The column a header names; hints in brackets ("网格编号（必填）") are ignored.</summary>
    public static GridColumn? Match(string header)
    {
        var cut = header.IndexOfAny(['（', '(']);
        var name = (cut > 0 ? header[..cut] : header).Trim();
        return Names.TryGetValue(name, out var column) ? column : null;
    }

    public static string English(GridColumn column) => column switch
    {
        GridColumn.Code => "grid_code",
        GridColumn.Name => "grid_name",
        GridColumn.District => "district",
        GridColumn.GridHead => "grid_head",
        GridColumn.Members => "members",
        _ => "geojson",
    };

    public static string Chinese(GridColumn column) => column switch
    {
        GridColumn.Code => "网格编号",
        GridColumn.Name => "网格名称",
        GridColumn.District => "所属街道",
        GridColumn.GridHead => "网格长",
        GridColumn.Members => "网格员",
        _ => "边界",
    };
}
