namespace CommandCenter.Cases;

/// <summary>
/// Case counts of a grid, unit or campaign, kept incrementally, and the rates derived from them (fractions 0–1, 0 when
/// the denominator is 0). Definitions: docs/STATUS-RULES.md, "Cases".
/// </summary>
public sealed record CaseStats
{
    public static readonly CaseStats Zero = new();

    /// <summary>Cases reported and accepted (受理): every case but those not accepted.</summary>
    public int Received { get; init; }
    /// <summary>Cases rectified at least once (处置).</summary>
    public int Handled { get; init; }
    /// <summary>Cases closed out (销号).</summary>
    public int Closed { get; init; }
    /// <summary>Closed cases whose close-out came at or before their deadline.</summary>
    public int ClosedOnTime { get; init; }
    /// <summary>Cases that failed verification at least once.</summary>
    public int Reworked { get; init; }
    /// <summary>Open cases past their deadline right now.</summary>
    public int Overdue { get; init; }
    /// <summary>Reports not accepted (不受理: not the bureau's business, duplicates), counted apart from the received ones.</summary>
    public int NotAccepted { get; init; }

    /// <summary>处置率 = handled / received.</summary>
    public double HandlingRate => Ratio(Handled, Received);
    /// <summary>结案率 = closed / received.</summary>
    public double ClosureRate => Ratio(Closed, Received);
    /// <summary>按期结案率 = closed on time / closed.</summary>
    public double OnTimeRate => Ratio(ClosedOnTime, Closed);
    /// <summary>返工率 = reworked / handled.</summary>
    public double ReworkRate => Ratio(Reworked, Handled);

    public static CaseStats operator +(CaseStats a, CaseStats b) => new()
    {
        Received = a.Received + b.Received,
        Handled = a.Handled + b.Handled,
        Closed = a.Closed + b.Closed,
        ClosedOnTime = a.ClosedOnTime + b.ClosedOnTime,
        Reworked = a.Reworked + b.Reworked,
        Overdue = a.Overdue + b.Overdue,
        NotAccepted = a.NotAccepted + b.NotAccepted,
    };

    public static CaseStats operator -(CaseStats a, CaseStats b) => new()
    {
        Received = a.Received - b.Received,
        Handled = a.Handled - b.Handled,
        Closed = a.Closed - b.Closed,
        ClosedOnTime = a.ClosedOnTime - b.ClosedOnTime,
        Reworked = a.Reworked - b.Reworked,
        Overdue = a.Overdue - b.Overdue,
        NotAccepted = a.NotAccepted - b.NotAccepted,
    };

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
