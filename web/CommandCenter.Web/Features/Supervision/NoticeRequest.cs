using CommandCenter.Web.Features.Campaigns;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Supervision;

/// <summary>A new supervision notice: exactly one of <c>taskId</c> and <c>caseId</c>.</summary>
public sealed record NoticeRequest(
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? Unit,
    [property: TextField] string? TaskId,
    [property: TextField] string? CaseId,
    [property: TextField] string? Title,
    [property: TextField(multiLine: true, maxLength: NoticeDesk.MaxTextLength)] string? Content,
    DateTimeOffset? Deadline);
