using CommandCenter.Cases;

namespace CommandCenter.Domain;

/// <summary>
/// What one case counts for in its grid's, unit's and campaign's statistics. A change of a case moves every counter by
/// <c>Of(after) − Of(before)</c>, so counts are kept incrementally and never by scanning cases. A withdrawn case (作废)
/// counts for nothing, so withdrawing takes back everything it counted.
/// </summary>
public static class CaseCounting
{
    public static CaseStats Of(CaseView? view) => view is null or { Status: CaseStatus.Withdrawn }
        ? CaseStats.Zero
        : new CaseStats
        {
            Received = view.Status == CaseStatus.NotAccepted ? 0 : 1,
            NotAccepted = view.Status == CaseStatus.NotAccepted ? 1 : 0,
            Handled = view.Handled ? 1 : 0,
            Closed = view.Status == CaseStatus.Closed ? 1 : 0,
            ClosedOnTime = view.Status == CaseStatus.Closed && view.ClosedOnTime ? 1 : 0,
            Reworked = view.ReworkCount > 0 ? 1 : 0,
            Overdue = view.IsOpen && view.Overdue ? 1 : 0,
        };
}
