using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>
/// The transitions a case may take: reported → dispatched → handling → rectified → verified → closed; a failed
/// verification (from rectified) is rework, which goes back to handling.
/// </summary>
public static class CaseLifecycle
{
    private static readonly Dictionary<CaseStatus, CaseStatus[]> Next = new()
    {
        [CaseStatus.Reported] = [CaseStatus.Dispatched],
        [CaseStatus.Dispatched] = [CaseStatus.Handling],
        [CaseStatus.Handling] = [CaseStatus.Rectified],
        [CaseStatus.Rectified] = [CaseStatus.Verified, CaseStatus.Rework],
        [CaseStatus.Verified] = [CaseStatus.Closed],
        [CaseStatus.Rework] = [CaseStatus.Handling],
        [CaseStatus.Closed] = [],
    };

    public static bool IsAllowed(CaseStatus from, CaseStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<CaseStatus> Allowed(CaseStatus from) => Next[from];
}
