namespace CommandCenter.Ledger;

/// <summary>The counts of the cases of one grid dispatched to one unit (none: <see cref="Unit"/> null) in a period.</summary>
public sealed record CaseTally(string GridCode, string? Unit, CommandCenter.Assessment.CaseFacts Facts)
{
    /// <summary>Rectified at least once (处置): it reached rectified, or went back for rework.</summary>
    public static bool IsHandled(LedgerCase c) => c.Status is CaseStatus.Rectified or CaseStatus.Verified or CaseStatus.Closed or CaseStatus.Rework || c.ReworkCount > 0;
}
