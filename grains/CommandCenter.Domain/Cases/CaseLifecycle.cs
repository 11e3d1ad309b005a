using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>
/// The transitions a case may take: reported → dispatched → handling → rectified → verified → closed; a failed
/// verification (from rectified) is rework, which goes back to handling. A case not yet handled may end as not accepted (不受理). Withdrawing
/// (作废) is not a step of this table: <see cref="CaseSteps.Withdraw"/> takes a case of any status but withdrawn.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Next = new()
    {
        [CaseStatus.Reported] = [CaseStatus.Dispatched, CaseStatus.NotAccepted],
        [CaseStatus.Dispatched] = [CaseStatus.Handling, CaseStatus.NotAccepted],
        [CaseStatus.Handling] = [CaseStatus.Rectified],
        [CaseStatus.Rectified] = [CaseStatus.Verified, CaseStatus.Rework],
        [CaseStatus.Verified] = [CaseStatus.Closed],
        [CaseStatus.Rework] = [CaseStatus.Handling],
        [CaseStatus.Closed] = [],
        [CaseStatus.NotAccepted] = [],
        [CaseStatus.Withdrawn] = [],
    };

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<CaseStatus> Allowed(CaseStatus from) => Next[from];
}
