namespace CommandCenter.Cases;

/// <summary>Where a case is in its lifecycle: reported → dispatched → handling → rectified → verified → closed (销号); a failed verification is rework; a report that is not the bureau's business ends as not accepted (不受理); a report made in error is withdrawn (作废).</summary>
public enum CaseStatus
{
    Reported,
    Dispatched,
    Handling,
    Rectified,
    Verified,
    Closed,
    Rework,
    /// <summary>不受理: not the bureau's business, or a duplicate; an end state with its reason, counted apart from closed cases.</summary>
    NotAccepted,
    /// <summary>作废: withdrawn with its reason (a mistaken or duplicate report); counted nowhere, kept in the ledger.</summary>
    Withdrawn,
}
