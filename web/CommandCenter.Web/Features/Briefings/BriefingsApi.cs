using System.Security.Claims;
using CommandCenter.Briefings;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>
/// The weekly briefing (工作简报): the week's draft or issue, the office's edits, publication, the .docx. A draft shows
/// a unit head only their own unit's report texts (<see cref="ReadScope.Redact(BriefingIssue)"/>).
/// </summary>
public static class BriefingsApi
{
    public static IEndpointRouteBuilder MapBriefingsApi(this IEndpointRouteBuilder app)
    {
        var briefings = app.MapGroup("/api/campaigns/{id}/briefings").WithTags("Briefings");
        briefings.MapGet("/", List).RequireAuthorization(Policies.Reader);
        briefings.MapGet("/{week}", Get).RequireAuthorization(Policies.Reader);
        briefings.MapPut("/{week}", Edit).RequireAuthorization(Policies.Office);
        briefings.MapPost("/{week}/publish", Publish).RequireAuthorization(Policies.Office);
        briefings.MapGet("/{week}/document", Document).RequireAuthorization(Policies.SignedIn);
        return app.MapProgressExport();
    }

    private static async Task<Results<Ok<IReadOnlyList<BriefingSummary>>, ProblemHttpResult>> List(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICampaignGrain>(id).GetDefinition() is not null
            ? TypedResults.Ok(await grains.GetGrain<IBriefingsGrain>(id).List())
            : Problems.NotFound($"活动不存在 Campaign '{id}' does not exist.");

    /// <summary>The week's published issue (latest revision) or its draft; <c>?draft=true</c> compiles the draft even after publication.</summary>
    private static async Task<Results<Ok<BriefingIssue>, ProblemHttpResult>> Get(string id, string week, bool? draft, ClaimsPrincipal user, BriefingDesk desk)
    {
        var (_, monday, refusal) = await desk.Week(id, week);
        return refusal is null ? TypedResults.Ok(ReadScope.Of(user).Redact(await desk.Get(id, monday, draft == true))) : Problems.Of(refusal);
    }

    private static async Task<Results<Ok<BriefingIssue>, ProblemHttpResult>> Edit(string id, string week, BriefingEditRequest? request, BriefingDesk desk)
    {
        var (campaign, monday, refusal) = await desk.Week(id, week);
        refusal ??= await desk.SaveEdits(campaign!, monday, request);
        return refusal is null ? TypedResults.Ok(await desk.Get(id, monday, draft: true)) : Problems.Of(refusal);
    }

    private static async Task<Results<Ok<BriefingIssue>, ProblemHttpResult>> Publish(string id, string week, ClaimsPrincipal user, BriefingDesk desk)
    {
        var (_, monday, refusal) = await desk.Week(id, week);
        return refusal is null ? TypedResults.Ok(await desk.Publish(id, monday, user.Identity?.Name ?? "?")) : Problems.Of(refusal);
    }

    /// <summary>The week's issue (or draft) as a Word document; <c>format</c> may be omitted or <c>docx</c>.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Document(string id, string week, string? format, bool? draft, ClaimsPrincipal user, BriefingDesk desk)
    {
        if (format is not (null or "docx"))
        {
            return Problems.Invalid("format", "仅支持 docx Only format=docx is offered.");
        }

        var (_, monday, refusal) = await desk.Week(id, week);
        if (refusal is not null)
        {
            return Problems.Of(refusal);
        }

        var issue = ReadScope.Of(user).Redact(await desk.Get(id, monday, draft == true));
        var name = $"{id}-briefing-{monday:yyyy-MM-dd}{(issue.Published ? $"-{issue.Number}-r{issue.Revision}" : "-draft")}.docx";
        return TypedResults.File(BriefingDocument.Write(issue), BriefingDocument.ContentType, name);
    }
}
