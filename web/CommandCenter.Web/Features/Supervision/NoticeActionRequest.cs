using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Supervision;

/// <summary>An answer (<c>text</c>), a closing note, or an escalation (<c>deadline</c>, <c>text</c>).</summary>
public sealed record NoticeActionRequest(
    [property: TextField(multiLine: true, maxLength: NoticeDesk.MaxTextLength)] string? Text,
    DateTimeOffset? Deadline);
