using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Supervision;

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

    private static async Task<Results<Created<SupervisionNotice>, ProblemHttpResult>> Issue(NoticeRequest? request, ClaimsPrincipal user, NoticeDesk desk) =>
        Problems.AnswerCreated(await desk.Issue(user, request), n => $"/api/notices/{n.Id}");

    /// <summary>Filters: unit, status, stage. A unit head sees their own unit's inbox unless they ask for another unit.</summary>
    private static async Task<Results<Ok<List<SupervisionNotice>>, ProblemHttpResult>> List(string? unit, string? status, string? stage, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Filters.TryEnum<NoticeStatus>(status, out var statusFilter) || !Filters.TryEnum<NoticeStage>(stage, out var stageFilter))
        {
            return Problems.Invalid(statusFilter is null && status is not null ? "status" : "stage", "status is issued, answered or closed; stage is none, blue, yellow or red.");
        }

        var wanted = unit ?? (user.IsInRole(Roles.UnitHead) ? user.FindFirstValue(ClaimNames.Unit) : null);
        var scope = ReadScope.Of(user);
        var notices = await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List();
        return TypedResults.Ok(notices.Where(n => scope.MayReadNotice(n) && (wanted is null || n.Unit == wanted) && (statusFilter is null || n.Status == statusFilter) && (stageFilter is null || n.Stage == stageFilter)).ToList());
    }

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        !Ids.IsValid(id) || await grains.GetGrain<ISupervisionNoticeGrain>(id).Get() is not { } notice ? Problems.NotFound($"Notice '{id}' does not exist.")
        : ReadScope.Of(user).MayReadNotice(notice) ? TypedResults.Ok(notice)
        : Problems.OutOfScope($"Notice '{id}' is for the office, viewers and the unit it is addressed to.");

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Answer(string id, NoticeActionRequest? request, ClaimsPrincipal user, NoticeDesk desk) =>
        Problems.Answer(await desk.Answer(user, id, request?.Text));

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Close(string id, NoticeActionRequest? request, ClaimsPrincipal user, NoticeDesk desk) =>
        Problems.Answer(await desk.Close(user, id, request?.Text));

    private static async Task<Results<Ok<SupervisionNotice>, ProblemHttpResult>> Escalate(string id, NoticeActionRequest? request, ClaimsPrincipal user, NoticeDesk desk) =>
        Problems.Answer(await desk.Escalate(user, id, request?.Deadline, request?.Text));
}
