namespace CommandCenter.Web.Api;

/// <summary>A new supervision notice: exactly one of <c>taskId</c> and <c>caseId</c>.</summary>
public sealed record NoticeRequest(string? Unit, string? TaskId, string? CaseId, string? Title, string? Content, DateTimeOffset? Deadline);
