using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>The case categories and their time limits (限时办结标准) every campaign starts with.</summary>
public static class CaseCategories
{
    public static IReadOnlyList<CaseCategory> Default { get; } =
    [
        Of("市容环境", "道路保洁", TimeLimit.Hours(2)),
        Of("市容环境", "暴露垃圾", TimeLimit.Days(1)),
        Of("市容环境", "积存垃圾渣土", TimeLimit.Days(1)),
        Of("市容环境", "垃圾满溢", TimeLimit.Hours(4)),
        Of("市容环境", "乱涂乱画", TimeLimit.Days(2)),
        Of("街面秩序", "占道经营", TimeLimit.Hours(4)),
        Of("街面秩序", "店外经营", TimeLimit.Hours(4)),
        Of("街面秩序", "乱堆物料", TimeLimit.Days(1)),
        Of("街面秩序", "非法小广告", TimeLimit.Days(1)),
        Of("宣传广告", "违规户外广告", TimeLimit.Days(5)),
        Of("施工管理", "施工扬尘", TimeLimit.Days(1)),
        Of("施工管理", "渣土车抛洒", TimeLimit.Hours(4)),
        Of("违法建设", "违法建设拆除", TimeLimit.Days(20)),
        Of("违法建设", "违法建设制止", TimeLimit.Days(3)),
        Of("设施管理", "井盖缺失", TimeLimit.Hours(2)),
        Of("设施管理", "路灯不亮", TimeLimit.Days(2)),
        Of("设施管理", "道路破损", TimeLimit.Days(5)),
        Of("园林绿化", "绿地脏乱", TimeLimit.Days(1)),
        Of("排水防汛", "道路积水", TimeLimit.Hours(2)),
        Of("排水防汛", "排水管道堵塞", TimeLimit.Days(2)),
    ];

    public static CaseCategory? Find(IReadOnlyList<CaseCategory> table, string category, string subcategory) =>
        table.FirstOrDefault(c => c.Category == category && c.Subcategory == subcategory);

    private static CaseCategory Of(string category, string subcategory, TimeLimit limit) =>
        new() { Category = category, Subcategory = subcategory, Limit = limit };
}
