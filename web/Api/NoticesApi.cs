using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Auth;

namespace CommandCenter.Web.Api;

/// <summary>Supervision notices (督办): the office issues, closes and escalates; the unit answers; everyone signed in reads.</summary>
public static class NoticesApi
{
    public const int MaxTextLength = 4000;

    public static IEndpointRouteBuilder MapNoticesApi(this IEndpointRouteBuilder app)
    {
        var notices = app.MapGroup("/api/notices").WithTags("Supervision notices");
        notices.MapPost("/", Issue).RequireAuthorization(Policies.Office);
        notices.MapGet("/", List).RequireAuthorization(Policies.Reader);
        notices.MapGet("/{id}", Get).RequireAuthorization(Policies.Reader);
        notices.MapPost("/{id}/answer", Answer).RequireAuthorization(Policies.Writer);
        notices.MapPost("/{id}/close", Close).RequireAuthorization(Policies.Office);
        notices.MapPost("/{id}/escalate", Escalate).RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Results<Created<SupervisionNotice>, ProblemHttpResult>> Issue(NoticeRequest? request, ClaimsPrincipal user, IGrainFactory grains, DomainClock time)
    {
        if (string.IsNullOrWhiteSpace(request?.Unit) || string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(request?.Unit) ? "unit" : "title", "unit and a title of 1 to 200 characters are required.");
        }

        if ((request.TaskId is null) == (request.CaseId is null))
        {
            return Problems.Invalid("taskId", "Give exactly one of taskId and caseId.");
        }

        if (request.Deadline is not { } deadline || deadline <= time.GetUtcNow())
        {
            return Problems.Invalid("deadline", "deadline must be a date and time (ISO 8601) later than now.");
        }

        if ((request.Content?.Length ?? 0) > MaxTextLength)
        {
            return Problems.Invalid("content", $"content has at most {MaxTextLength} characters.");
        }

        string? campaignId;
        if (request.TaskId is { } taskId)
        {
            if (!Ids.IsValid(taskId) || await grains.GetGrain<ITaskGrain>(taskId).GetView() is not { } task)
            {
                return Problems.Invalid("taskId", $"Task '{taskId}' does not exist.");
            }

            campaignId = task.CampaignId;
        }
        else
        {
            if (!Ids.IsValid(request.CaseId) || await grains.GetGrain<ICaseGrain>(request.CaseId!).Get() is not { } found)
            {
                return Problems.Invalid("caseId", $"Case '{request.CaseId}' does not exist.");
            }

            campaignId = found.CampaignId;
        }

        var id = "n" + Guid.NewGuid().ToString("N")[..12];
        var notice = await grains.GetGrain<ISupervisionNoticeGrain>(id).Issue(new SupervisionNotice
        {
            Id = id,
            Unit = request.Unit.Trim(),
            Subject = request.TaskId is null ? NoticeSubject.Case : NoticeSubject.Task,
            SubjectId = request.TaskId ?? request.CaseId!,
            Title = request.Title.Trim(),
            Content = request.Content?.Trim() ?? "",
            IssuedAt = time.GetUtcNow(),
            IssuedBy = user.Identity?.Name ?? "?",
            Deadline = deadline,
            Status = NoticeStatus.Issued,
            CampaignId = campaignId,
        });
        return TypedResults.Created($"/api/notices/{id}", notice);
    }

    /// <summary>Filters: unit, status, stage. A unit head sees their own unit's inbox unless they ask for another unit.</summary>
    private static async Task<Results<Ok<List<SupervisionNotice>>, ProblemHttpResult>> List(string? unit, string? status, string? stage, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Filters.TryEnum<NoticeStatus>(status, out var statusFilter) || !Filters.TryEnum<NoticeStage>(stage, out var stageFilter))
        {
            return Problems.Invalid(statusFilter is null && status is not null ? "status" : "stage", "status is issued, answered or closed; stage is none, blue, yellow or red.");
        }

        var wanted = unit ?? (user.IsInRole(Roles.UnitHead) ? user.FindFirstValue(ClaimNames.Unit) : null);
        var notices = await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
        return TypedResults.Ok(notices.Where(n => (wanted is null || n.Unit == wanted) && (statusFilter is null || n.Status == statusFilter) && (stageFilter is null || n.Stage == stageFilter)).ToList());
    }

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Get(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ISupervisionNoticeGrain>(id).Get() is { } notice
            ? TypedResults.Ok(notice)
            : Problems.NotFound($"Notice '{id}' does not exist.");

    private static Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Answer(string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        Act(id, request, user, grains, requireText: true, (grain, notice) =>
            user.IsInRole(Roles.Administrator) || user.FindFirstValue(ClaimNames.Unit) == notice.Unit
                ? grain.Answer(request!.Text!.Trim(), user.Identity?.Name ?? "?")
                : null);

    private static Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Close(string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        Act(id, request, user, grains, requireText: false, (grain, _) => grain.Close(request?.Text?.Trim() ?? "", user.Identity?.Name ?? "?"));

    private static Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Escalate(string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        request?.Deadline is not { } deadline
            ? Task.FromResult<Results<Ok<SupervisionNotice>, ProblemHttpResult>>(Problems.Invalid("deadline", "An escalation needs the new deadline."))
            : Act(id, request, user, grains, requireText: false, (grain, _) => grain.Escalate(deadline, request.Text?.Trim() ?? "", user.Identity?.Name ?? "?"));

    /// <summary>404 unknown; 400 bad text; 403 when <paramref name="action"/> gives null; 409 when the notice's status forbids it.</summary>
    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Act(
        string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains, bool requireText,
        Func<ISupervisionNoticeGrain, SupervisionNotice, Task<SupervisionNotice>?> action)
    {
        var grain = grains.GetGrain<ISupervisionNoticeGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } notice)
        {
            return Problems.NotFound($"Notice '{id}' does not exist.");
        }

        if ((requireText && string.IsNullOrWhiteSpace(request?.Text)) || (request?.Text?.Length ?? 0) > MaxTextLength)
        {
            return Problems.Invalid("text", $"text of 1 to {MaxTextLength} characters is required.");
        }

        if (action(grain, notice) is not { } running)
        {
            return CasesApi.Forbidden($"Notice {id} is addressed to {notice.Unit}; your account may not answer it.");
        }

        try
        {
            return TypedResults.Ok(await running);
        }
        catch (NoticeActionException refused)
        {
            return TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status409Conflict, title: "Not allowed now");
        }
    }
}
