using System.Security.Claims;
using CommandCenter.Assessment;
using CommandCenter.Web.Features.Cases;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Assessment;

/// <summary>Assessment (考核): scheme, live standings, adjustments and events, published periods with their bulletin, the accountability record.</summary>
public static class AssessmentApi
{
    public static IEndpointRouteBuilder MapAssessmentApi(this IEndpointRouteBuilder app)
    {
        var campaign = app.MapGroup("/api/campaigns/{id}").WithTags("Assessment");
        campaign.MapGet("/standings", GetStandings).RequireAuthorization(Policies.Reader);
        campaign.MapGet("/assessment", GetScheme).RequireAuthorization(Policies.Reader);
        campaign.MapPut("/assessment", SaveScheme).RequireAuthorization(Policies.Office);
        campaign.MapGet("/adjustments", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IAssessmentGrain>(id).GetAdjustments()).Where(a => AssessmentAccess.Sees(user, SubjectKind.Units, a.Subject)).ToList())).RequireAuthorization(Policies.Reader);
        campaign.MapPost("/adjustments", async (string id, AdjustmentRequest? request, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.AnswerCreated(await desk.Adjust(id, request, user), _ => $"/api/campaigns/{id}/adjustments")).RequireAuthorization(Policies.Office);
        campaign.MapGet("/blacklist-events", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IAssessmentGrain>(id).GetEvents()).Where(e => AssessmentAccess.Sees(user, SubjectKind.Units, e.Unit)).ToList())).RequireAuthorization(Policies.Reader);
        campaign.MapPost("/blacklist-events", async (string id, BlacklistEventRequest? request, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.AnswerCreated(await desk.Event(id, request, user), _ => $"/api/campaigns/{id}/blacklist-events")).RequireAuthorization(Policies.Office);
        campaign.MapGet("/periods", async (string id, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IAssessmentGrain>(id).GetHistory()).Select(p => new { p.Period, p.Number, p.Revision, p.PublishedAt, p.PublishedBy, p.Note }).ToList())).RequireAuthorization(Policies.Reader);
        campaign.MapGet("/periods/{period}", GetPeriod).RequireAuthorization(Policies.Reader);
        campaign.MapPost("/periods/{period}/publish", async (string id, string period, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.AnswerCreated(await desk.Publish(id, period, user), _ => $"/api/campaigns/{id}/periods/{period}")).RequireAuthorization(Policies.Office);
        campaign.MapPost("/periods/{period}/revisions", async (string id, string period, RevisionRequest? request, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.AnswerCreated(await desk.Revise(id, period, request?.Note, user), _ => $"/api/campaigns/{id}/periods/{period}")).RequireAuthorization(Policies.Office);
        campaign.MapGet("/periods/{period}/bulletin", Bulletin.Download).RequireAuthorization(Policies.SignedIn);
        campaign.MapGet("/accountability", async (string id, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IAssessmentGrain>(id).GetAccountability()).Where(r => AssessmentAccess.Sees(user, SubjectKind.Units, r.Unit)).ToList())).RequireAuthorization(Policies.Reader);
        campaign.MapPost("/accountability/{period}/{unit}/explanation", async (string id, string period, string unit, AccountabilityRequest? request, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.Answer(await desk.Explain(id, period, unit, request?.Text, user))).RequireAuthorization(Policies.Writer);
        campaign.MapPost("/accountability/{period}/{unit}/actions", async (string id, string period, string unit, AccountabilityRequest? request, ClaimsPrincipal user, AssessmentDesk desk) =>
            Problems.Answer(await desk.RecordAction(id, period, unit, request, user))).RequireAuthorization(Policies.Office);
        return app;
    }

    /// <summary><c>?subjects=units|grids|districts&amp;period=yyyy-MM</c>; a unit head sees their own unit's line, a grid head their grids'.</summary>
    private static async Task<Results<Ok<Standings>, ProblemHttpResult>> GetStandings(string id, string? subjects, string? period, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!TrySubjects(subjects, out var kind))
        {
            return Problems.Invalid("subjects", "subjects 为 units、grids 或 districts / subjects is units, grids or districts.");
        }

        if (period is not null && !AssessmentPeriod.TryParse(period, out _))
        {
            return Problems.Invalid("period", "期次格式为 yyyy-MM 或 yyyy-Www / period is yyyy-MM or yyyy-Www.");
        }

        return Ids.IsValid(id) && await grains.GetGrain<IAssessmentGrain>(id).GetStandings(kind, period) is { } standings
            ? TypedResults.Ok(AssessmentAccess.Visible(user, standings))
            : Problems.NotFound($"Campaign '{id}' does not exist.");
    }

    private static async Task<Results<Ok<AssessmentScheme>, ProblemHttpResult>> GetScheme(string id, string? period, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<CommandCenter.Campaigns.ICampaignGrain>(id).GetDefinition() is not null
            ? TypedResults.Ok(await grains.GetGrain<IAssessmentGrain>(id).GetScheme(period))
            : Problems.NotFound($"Campaign '{id}' does not exist.");

    private static async Task<Results<Ok<AssessmentScheme>, ProblemHttpResult>> SaveScheme(string id, AssessmentScheme? scheme, AssessmentDesk desk) =>
        Ids.IsValid(id) ? Problems.Answer(await desk.SaveScheme(id, scheme)) : Problems.NotFound($"Campaign '{id}' does not exist.");

    /// <summary>The published snapshot (latest revision, or <c>?revision=</c>); a unit head gets their own unit's line only.</summary>
    private static async Task<Results<Ok<PublishedPeriod>, ProblemHttpResult>> GetPeriod(string id, string period, int? revision, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (!Ids.IsValid(id) || await grains.GetGrain<IAssessmentGrain>(id).GetPublished(period, revision) is not { } published)
        {
            return Problems.NotFound($"{period} 未发布 / period '{period}' of '{id}' is not published.");
        }

        return TypedResults.Ok(AssessmentAccess.SeesAll(user) ? published : published with
        {
            Units = published.Units.Where(s => AssessmentAccess.Owns(user, SubjectKind.Units, s.Subject)).ToList(),
            Grids = published.Grids.Where(s => AssessmentAccess.Owns(user, SubjectKind.Grids, s.Subject)).ToList(),
            Districts = [],
        });
    }

    internal static bool TrySubjects(string? text, out SubjectKind kind)
    {
        kind = SubjectKind.Units;
        return text is null || (Enum.TryParse(text, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _));
    }
}
