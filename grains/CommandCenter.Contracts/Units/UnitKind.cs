namespace CommandCenter.Units;

/// <summary>What a unit of the bureau is: 处室 (a department of the bureau), 直属单位 (a directly affiliated unit), 区县 (a district or county), 街道 (a street or town).</summary>
public enum UnitKind
{
    Department,
    Affiliate,
    District,
    Subdistrict,
}
