namespace CommandCenter.Units;

/// <summary>The kind of a unit first seen in an import, read from its name's ending (as migration 0090 does); the office corrects it.</summary>
public static class UnitKinds
{
    public static UnitKind FromName(string name) => name.Trim() switch
    {
        var n when n.EndsWith("街道", StringComparison.Ordinal) || n.EndsWith('镇') || n.EndsWith('乡') => UnitKind.Subdistrict,
        var n when n.EndsWith('区') || n.EndsWith('县') || n.EndsWith('市') => UnitKind.District,
        var n when n.EndsWith('处') || n.EndsWith('科') || n.EndsWith('室') || n.EndsWith('办') => UnitKind.Department,
        _ => UnitKind.Affiliate,
    };

    /// <summary>The kind as stored (<c>units.kind</c>) and sent (<c>kind</c> in the API).</summary>
    public static string Code(UnitKind kind) => kind switch
    {
        UnitKind.Department => "department",
        UnitKind.Affiliate => "affiliate",
        UnitKind.District => "district",
        _ => "subdistrict",
    };

    public static UnitKind? Parse(string? code) => code switch
    {
        "department" => UnitKind.Department,
        "affiliate" => UnitKind.Affiliate,
        "district" => UnitKind.District,
        "subdistrict" => UnitKind.Subdistrict,
        _ => null,
    };
}
