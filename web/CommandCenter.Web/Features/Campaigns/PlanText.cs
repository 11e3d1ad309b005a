namespace CommandCenter.Web.Features.Campaigns;

/// <summary>The Chinese words of the plan pages that are looked up in a component's localizer (the English is in its resx).</summary>
public static class PlanText
{
    public static string Kind(TargetKind kind) => kind switch
    {
        TargetKind.Quantity => "数量",
        TargetKind.Rate => "比率",
        TargetKind.Milestone => "节点",
        _ => "排名",
    };
}
