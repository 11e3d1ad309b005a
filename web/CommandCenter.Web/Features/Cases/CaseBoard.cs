using System.Security.Claims;
using CommandCenter.Ledger;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>What the grid pages read: the grids a user works (a grid head's own, every grid for the office) and a grid's open cases.</summary>
public sealed class CaseBoard(IGrainFactory grains, ICaseLedger ledger)
{
    /// <summary>The most open cases a grid page lists.</summary>
    public const int MaxOpenCases = 500;

    public async Task<IReadOnlyList<GridRow>> GridsOf(ClaimsPrincipal user)
    {
        var rows = await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List();
        if (user.IsInRole(Roles.Administrator))
        {
            return rows.OrderBy(r => r.Grid.Code, StringComparer.Ordinal).ToList();
        }

        var own = CasePermissions.Grids(user);
        return rows.Where(r => own.Contains(r.Grid.Code)).OrderBy(r => r.Grid.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The grid's open cases, overdue first, then by deadline.</summary>
    public async Task<IReadOnlyList<LedgerCase>> OpenCases(string gridCode)
    {
        var page = await ledger.Query(new CaseQuery { Grid = gridCode, Open = true, PageSize = MaxOpenCases });
        return UrgentFirst(page.Items);
    }

    /// <summary>The open cases dispatched to a unit, overdue first, then by deadline.</summary>
    public async Task<IReadOnlyList<LedgerCase>> OpenCasesOfUnit(string unit)
    {
        var page = await ledger.Query(new CaseQuery { Unit = unit, Open = true, PageSize = MaxOpenCases });
        return UrgentFirst(page.Items);
    }

    /// <summary>May the user open this case's page: the office and viewers, the grid's head, the unit it is dispatched to.</summary>
    public static bool MayView(ClaimsPrincipal user, CaseView view) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.Viewer) || CasePermissions.MayAttach(user, view);

    /// <summary>The categories a grid's cases may be reported under: its campaign's case rules.</summary>
    public async Task<IReadOnlyList<CaseCategory>> Categories(string gridCode)
    {
        var row = await grains.GetGrain<IGridGrain>(gridCode).GetRow();
        return (await grains.GetGrain<ICaseRulesGrain>(row?.Grid.CampaignId ?? ICaseRulesGrain.NoCampaign).Get()).Categories;
    }

    private static List<LedgerCase> UrgentFirst(IEnumerable<LedgerCase> cases) =>
        cases.OrderByDescending(c => c.Overdue).ThenBy(c => c.Deadline).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
}
