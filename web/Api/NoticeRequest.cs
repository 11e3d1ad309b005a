using CommandCenter.Web.Campaigns;
using CommandCenter.Web.Input;
using CommandCenter.Web.Supervision;

namespace CommandCenter.Web.Api;

/// <summary>A new supervision notice: exactly one of <c>taskId</c> and <c>caseId</c>.</summary>
public sealed record NoticeRequest(
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField] string? TaskId,
    [property: TextField] string? CaseId,
    [property: TextField] string? Title,
    [property: TextField(multiLine: true, maxLength: NoticeDesk.MaxTextLength)] string? Content,
    DateTimeOffset? Deadline);
