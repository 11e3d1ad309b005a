namespace CommandCenter.Cases;

/// <summary>Where a case is in its lifecycle: reported → dispatched → handling → rectified → verified → closed (销号); a failed verification is rework.</summary>
public enum CaseStatus
{
    Reported,
    Dispatched,
    Handling,
    Rectified,
    Verified,
    Closed,
    Rework,
}
