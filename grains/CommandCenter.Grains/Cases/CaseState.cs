namespace CommandCenter.Cases;

/// <summary>The durable state of a case grain (stored as JSON).</summary>
public sealed class CaseState
{
    public CaseView? Case { get; set; }
}
