namespace CommandCenter.Web.Features.Cases;

/// <summary>What became of a report, a transition or a photo: the case when done, otherwise why not (Chinese first).</summary>
public sealed record CaseOutcome(CaseOutcomeKind Kind, CaseView? Case = null, string Field = "", string Message = "")
{
    public bool Succeeded => Kind == CaseOutcomeKind.Done;

    public static CaseOutcome Done(CaseView view) => new(CaseOutcomeKind.Done, view);

    public static CaseOutcome Fail(CaseOutcomeKind kind, string message, string field = "", CaseView? current = null) => new(kind, current, field, message);
}
