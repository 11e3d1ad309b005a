using CommandCenter.Storage.Units;
using CommandCenter.Units;

namespace CommandCenter.Seeding;

/// <summary>
/// The demo bureau's unit directory: its departments (处室) and directly affiliated units (直属单位) with their short
/// names, the district 金安区 and its four streets (街道, the demo grids' streets), then any other unit the demo plan names.
/// </summary>
public static class DemoUnits
{
    public const string District = "金安区";

    private static readonly (string Name, string ShortName, UnitKind Kind)[] Bureau =
    [
        ("局办公室", "办公室", UnitKind.Department), ("计划财务处", "计财处", UnitKind.Department), ("城防办", "城防办", UnitKind.Department),
        ("安全监管科", "安监科", UnitKind.Department), ("行政审批科", "审批科", UnitKind.Department), ("市政设施管理处", "市政处", UnitKind.Department),
        ("城市排水管理处", "排水处", UnitKind.Department), ("园林绿化处", "园林处", UnitKind.Department), ("环境卫生管理处", "环卫处", UnitKind.Department),
        ("公用事业管理处", "公用处", UnitKind.Department), ("城市河道管理处", "河道处", UnitKind.Department),
        ("城市管理综合执法支队", "执法支队", UnitKind.Affiliate), ("数字化城市管理中心", "数字城管中心", UnitKind.Affiliate),
        ("渣土管理办公室", "渣土办", UnitKind.Affiliate), (District, "金安", UnitKind.District),
    ];

    private static readonly string[] Streets = ["中市街道", "东市街道", "西市街道", "三里桥街道"];

    /// <summary>Adds what the directory lacks; nothing without a database (<c>Storage:Mode=Memory</c>).</summary>
    public static async Task Seed(UnitStore? units, DemoCampaign demo)
    {
        if (units is null)
        {
            return;
        }

        await units.Register(Bureau.Select(u => (u.Name, u.ShortName, u.Kind, (string?)null)));
        await units.Register(Streets.Select(s => (s, s.Replace("街道", "", StringComparison.Ordinal), UnitKind.Subdistrict, (string?)District)));
        var named = demo.Campaign.Lines.Select(l => l.LeadUnit)
            .Concat(demo.Tasks.SelectMany(t => t.Task.CoUnits.Prepend(t.Task.OwnerUnit)));
        await units.Register(named.Select(n => (n, "", UnitKinds.FromName(n), (string?)null)));
    }
}
