using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Admin;

/// <summary>The Chinese name of each role (the key of the account pages' look-ups).</summary>
public static class AccountText
{
    public static string Role(string role) => role switch
    {
        Roles.Administrator => "管理员",
        Roles.UnitHead => "单位负责人",
        Roles.GridHead => "网格长",
        Roles.Viewer => "查看者",
        _ => role,
    };
}
