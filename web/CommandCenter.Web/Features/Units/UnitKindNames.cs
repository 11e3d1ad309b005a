namespace CommandCenter.Web.Features.Units;

/// <summary>The Chinese name of each unit kind (the key of the pages' look-ups; their English stands in each page's resx).</summary>
public static class UnitKindNames
{
    public static readonly (string Code, string Name)[] All =
        [("department", "处室"), ("affiliate", "直属单位"), ("district", "区县"), ("subdistrict", "街道")];

    public static string Of(string code) => All.FirstOrDefault(k => k.Code == code).Name ?? code;
}
