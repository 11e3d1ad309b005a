using CommandCenter.Briefings;
using CommandCenter.Domain;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Briefings;

/// <summary>
/// <c>GET /api/campaigns/{id}/progress-export?language=zh|en</c>: the progress table as .xlsx, with the change since
/// last week; the last update's author and note as the caller may read them (<see cref="ReadScope.Redact(CampaignSnapshot)"/>).
/// </summary>
public static class ProgressExportApi
{
    public static IEndpointRouteBuilder MapProgressExport(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/campaigns/{id}/progress-export", Export).WithTags("Briefings").RequireAuthorization(Policies.SignedIn);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(string id, string? language, System.Security.Claims.ClaimsPrincipal user,
        IGrainFactory grains, BriefingSources sources, DomainClock time)
    {
        if (language is not (null or "zh" or "en"))
        {
            return Problems.Invalid("language", "language 为 zh 或 en language is zh or en.");
        }

        if (!Ids.IsValid(id) || await grains.GetGrain<ICampaignGrain>(id).GetSnapshot() is not { } campaign)
        {
            return Problems.NotFound($"活动不存在 Campaign '{id}' does not exist.");
        }

        // Who updated each task, and their note, only for the tasks whose history the caller may read.
        var snapshot = ReadScope.Of(user).Redact(campaign);

        var week = ReportWeek.Current(time, snapshot.TimeZone);
        var lastWeek = await sources.ValuesAt(id, snapshot.Lines.SelectMany(l => l.Tasks).ToList(), BriefingCompiler.Bounds(week, snapshot.TimeZone).Start);
        var english = language == "en";
        return TypedResults.File(ProgressWorkbook.Write(snapshot, lastWeek, english), ProgressWorkbook.ContentType,
            english ? $"{id}-progress-{week:yyyy-MM-dd}.xlsx" : $"{id}-任务进展-{week:yyyy-MM-dd}.xlsx");
    }
}
