using System.Security.Claims;
using CommandCenter.Cases;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>
/// Who may do what with cases: the office everything; a grid head reports, dispatches, verifies, sends back and closes
/// the cases of their own grids; a unit head handles and rectifies the cases dispatched to their unit.
/// </summary>
public static class CasePermissions
{
    public static IReadOnlyList<string> Grids(ClaimsPrincipal user) => user.FindAll(ClaimNames.Grid).Select(c => c.Value).ToList();

    public static bool MayReport(ClaimsPrincipal user, string gridCode) =>
        user.IsInRole(Roles.Administrator) || (user.IsInRole(Roles.GridHead) && Grids(user).Contains(gridCode));

    public static bool MayMove(ClaimsPrincipal user, CaseView view, CaseStatus to) =>
        user.IsInRole(Roles.Administrator)
        || (to is CaseStatus.Handling or CaseStatus.Rectified
            ? user.IsInRole(Roles.UnitHead) && view.Unit is { } unit && user.FindFirstValue(ClaimNames.Unit) == unit
            : MayReport(user, view.GridCode));

    /// <summary>
    /// The office may withdraw (作废) any case; a grid head only a case they reported themselves in a grid they still
    /// work (the case grain also holds them to the first hour, <see cref="CaseWithdrawal.ReporterWindow"/>).
    /// </summary>
    public static bool MayWithdraw(ClaimsPrincipal user, CaseView view) =>
        user.IsInRole(Roles.Administrator) || (MayReport(user, view.GridCode) && user.Identity?.Name == view.ReportedBy);

    /// <summary>Evidence may come from the grid's side or the handling unit.</summary>
    public static bool MayAttach(ClaimsPrincipal user, CaseView view) =>
        MayReport(user, view.GridCode)
        || (user.IsInRole(Roles.UnitHead) && view.Unit is { } unit && user.FindFirstValue(ClaimNames.Unit) == unit);
}
