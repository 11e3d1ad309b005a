using System.Security.Claims;

namespace CommandCenter.Web.Auth;

/// <summary>Who may update which task: the office any task, a unit head only the tasks their unit owns.</summary>
public static class TaskPermissions
{
    public static bool MayUpdate(ClaimsPrincipal user, TaskView task) =>
        user.IsInRole(Roles.Administrator)
        || (user.IsInRole(Roles.UnitHead) && user.FindFirstValue(ClaimNames.Unit) is { Length: > 0 } unit && unit == task.OwnerUnit);
}
