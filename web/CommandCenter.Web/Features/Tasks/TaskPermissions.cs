using System.Security.Claims;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Tasks;

/// <summary>Who may update which task: the office any task, a unit head only the tasks their unit owns.</summary>
public static class TaskPermissions
{
    public static bool MayUpdate(ClaimsPrincipal user, TaskView task) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) is { Length: > 0 } unit && unit == task.OwnerUnit);

    /// <summary>
    /// Whose tasks the user may update: <c>(true, null)</c> for the office (any task), <c>(true, unit)</c> for a unit
    /// head (that unit's tasks), <c>(false, null)</c> for anyone else.
    /// </summary>
    public static (bool May, string? Unit) UpdateScope(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) ? (true, null)
        : user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) is { Length: > 0 } unit ? (true, unit)
        : (false, null);
}
