namespace CommandCenter.Assessment;

/// <summary>The counts of a grid's (or district's, or unit's) cases reported in a period (docs/STATUS-RULES.md, "Counts and rates").</summary>
public sealed record CaseFacts(int Received, int Handled, int Closed, int ClosedOnTime, int Reworked, int OverdueOpen)
{
    public static readonly CaseFacts Zero = new(0, 0, 0, 0, 0, 0);

    public static CaseFacts operator +(CaseFacts a, CaseFacts b) => new(
        a.Received + b.Received, a.Handled + b.Handled, a.Closed + b.Closed, a.ClosedOnTime + b.ClosedOnTime, a.Reworked + b.Reworked, a.OverdueOpen + b.OverdueOpen);
}
