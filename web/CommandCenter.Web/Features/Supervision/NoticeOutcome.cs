namespace CommandCenter.Web.Features.Supervision;

/// <summary>What became of issuing or answering a notice: the notice when done, otherwise why not.</summary>
public sealed record NoticeOutcome(NoticeOutcomeKind Kind, SupervisionNotice? Notice = null, string Field = "", string Message = "")
{
    public bool Succeeded => Kind == NoticeOutcomeKind.Done;

    public static NoticeOutcome Done(SupervisionNotice notice) => new(NoticeOutcomeKind.Done, notice);

    public static NoticeOutcome Fail(NoticeOutcomeKind kind, string message, string field = "") => new(kind, null, field, message);
}
