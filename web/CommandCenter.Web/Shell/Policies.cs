using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Features.Tasks;

namespace CommandCenter.Web.Shell;

/// <summary>Authorization policies of the API. Both accept only accounts' bearer tokens, never display tokens.</summary>
public static class Policies
{
    /// <summary>Any signed-in account.</summary>
    public const string Reader = "reader";

    /// <summary>Accounts that record progress: the office, and unit heads for their own unit's tasks (see <see cref="TaskPermissions"/>).</summary>
    public const string Writer = "writer";

    /// <summary>The campaign office.</summary>
    public const string Office = "office";

    /// <summary>Accounts that work cases: the office, grid heads and unit heads (see <see cref="CasePermissions"/>).</summary>
    public const string CaseWorker = "case-worker";

    /// <summary>Accounts that report cases, and so may withdraw them: the office and grid heads (see <see cref="CasePermissions.MayWithdraw"/>).</summary>
    public const string CaseReporter = "case-reporter";

    /// <summary>Any signed-in account, by bearer token or by the pages' sign-in cookie (reads the pages link to, e.g. evidence files).</summary>
    public const string SignedIn = "signed-in";
}
