namespace CommandCenter.Web.Api;

/// <summary>An answer (<c>text</c>), a closing note, or an escalation (<c>deadline</c>, <c>text</c>).</summary>
public sealed record NoticeActionRequest(string? Text, DateTimeOffset? Deadline);
