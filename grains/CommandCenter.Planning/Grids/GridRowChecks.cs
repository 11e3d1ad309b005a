using System.Text.Json;
using CommandCenter.Planning.Internal;

namespace CommandCenter.Planning.Grids;

/// <summary>The checks of one grid row's cells.</summary>
internal static class GridRowChecks
{
    public static (string Code, string Name, string GeoJson) Check(int row, string code, string name, string geoJson, ErrorList errors)
    {
        if (code.Length == 0)
        {
            errors.Add(row, "grid_code", "“网格编号”不能为空 / grid_code must not be empty");
        }
        else if (code.Length > GridTableReader.MaxCodeLength || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors.Add(row, "grid_code", $"网格编号只能包含字母、数字、- 和 _（最多{GridTableReader.MaxCodeLength}个） / grid_code may hold only letters, digits, '-' and '_' (at most {GridTableReader.MaxCodeLength})");
        }

        if (name.Length == 0 || name.Length > GridTableReader.MaxTextLength)
        {
            errors.Add(row, "grid_name", $"“网格名称”须为1到{GridTableReader.MaxTextLength}个字符 / grid_name must have 1 to {GridTableReader.MaxTextLength} characters");
        }

        if (geoJson.Length > 0 && !IsPolygon(geoJson))
        {
            errors.Add(row, "geojson", "边界须为GeoJSON多边形 / geojson must be a GeoJSON Polygon or MultiPolygon");
        }

        return (code, name, geoJson);
    }

    private static bool IsPolygon(string text)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("geometry", out var geometry))
            {
                root = geometry;
            }

            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.GetString() is "Polygon" or "MultiPolygon"
                && root.TryGetProperty("coordinates", out var coordinates) && coordinates.ValueKind == JsonValueKind.Array;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
