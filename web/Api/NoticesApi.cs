using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Auth;
using CommandCenter.Web.Supervision;

namespace CommandCenter.Web.Api;

/// <summary>Supervision notices (督办): the office issues, closes and escalates; the unit answers; everyone signed in reads.</summary>
public static class NoticesApi
{
    public const int MaxTextLength = NoticeDesk.MaxTextLength;

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

    private static async Task<Results<Created<SupervisionNotice>, ProblemHttpResult>> Issue(NoticeRequest? request, ClaimsPrincipal user, NoticeDesk desk)
    {
        var outcome = await desk.Issue(user, request);
        return outcome.Succeeded ? TypedResults.Created($"/api/notices/{outcome.Notice!.Id}", outcome.Notice) : Problem(outcome);
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

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Answer(string id, NoticeActionRequest? request, ClaimsPrincipal user, NoticeDesk desk)
    {
        var outcome = await desk.Answer(user, id, request?.Text);
        return outcome.Succeeded ? TypedResults.Ok(outcome.Notice!) : Problem(outcome);
    }

    private static Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Close(string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        Act(id, request, user, grains, requireText: false, (grain, _) => grain.Close(request?.Text?.Trim() ?? "", user.Identity?.Name ?? "?"));

    private static Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Escalate(string id, NoticeActionRequest? request, ClaimsPrincipal user, IGrainFactory grains) =>
        request?.Deadline is not { } deadline
            ? Task.FromResult<Results<Ok<SupervisionNotice>, ProblemHttpResult>>(Problems.Invalid("deadline", "An escalation needs the new deadline."))
            : Act(id, request, user, grains, requireText: false, (grain, _) => grain.Escalate(deadline, request.Text?.Trim() ?? "", user.Identity?.Name ?? "?"));

    private static ProblemHttpResult Problem(NoticeOutcome outcome) => outcome.Kind switch
    {
        NoticeOutcomeKind.NotFound => Problems.NotFound(outcome.Message),
        NoticeOutcomeKind.Forbidden => CasesApi.Forbidden(outcome.Message),
        NoticeOutcomeKind.Invalid => Problems.Invalid(outcome.Field, outcome.Message),
        NoticeOutcomeKind.Refused => TypedResults.Problem(outcome.Message, statusCode: StatusCodes.Status409Conflict, title: "Not allowed now"),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Kind, "A successful outcome has no problem."),
    };

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
