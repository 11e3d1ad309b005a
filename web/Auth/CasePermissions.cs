using System.Security.Claims;
using CommandCenter.Cases;

namespace CommandCenter.Web.Auth;

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

    /// <summary>Evidence may come from the grid's side or the handling unit.</summary>
    public static bool MayAttach(ClaimsPrincipal user, CaseView view) =>
        MayReport(user, view.GridCode)
        || (user.IsInRole(Roles.UnitHead) && view.Unit is { } unit && user.FindFirstValue(ClaimNames.Unit) == unit);
}
