using System.Security.Claims;
using CommandCenter.Domain;
using CommandCenter.Ledger;
using CommandCenter.Web.Features.Supervision;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Ledger;

/// <summary>The ledger (台账): filtered, paged cases and notices, and both as one .xlsx.</summary>
public static class LedgerApi
{
    public const int MaxPageSize = 500;
    public const int MaxExportRows = 20_000;

    public static IEndpointRouteBuilder MapLedgerApi(this IEndpointRouteBuilder app)
    {
        var ledger = app.MapGroup("/api/ledger").WithTags("Ledger");
        ledger.MapGet("/cases", Cases).RequireAuthorization(Policies.Reader);
        ledger.MapGet("/notices", Notices).RequireAuthorization(Policies.Reader);
        ledger.MapGet("/export", Export).RequireAuthorization(Policies.SignedIn); // a download link on the ledger page
        return app;
    }

    private static async Task<Results<Ok<CasePage>, ProblemHttpResult>> Cases(HttpRequest request, ClaimsPrincipal user, ICaseLedger ledger)
    {
        var (query, problem) = LedgerFilters.Cases(request.Query, MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        return ReadScope.Of(user).Restrict(query!) is { } scoped
            ? TypedResults.Ok(await ledger.Query(scoped))
            : Problems.OutOfScope("These cases are outside your grids or unit.");
    }

    private static async Task<Results<Ok<NoticePage>, ProblemHttpResult>> Notices(HttpRequest request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var (filter, page, pageSize, problem) = LedgerFilters.Notices(request.Query, MaxPageSize);
        if (problem is not null)
        {
            return problem;
        }

        var scope = ReadScope.Of(user);
        var all = (await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List()).Where(filter!).Where(scope.MayReadNotice).ToList();
        return TypedResults.Ok(new NoticePage(all.Count, page, pageSize, all.Skip((page - 1) * pageSize).Take(pageSize).ToList()));
    }

    /// <summary>Both sheets with the cases filter applied to cases and the unit filter to notices; 400 past <see cref="MaxExportRows"/> cases.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(HttpRequest request, ClaimsPrincipal user, ICaseLedger ledger, IGrainFactory grains)
    {
        var (query, problem) = LedgerFilters.Cases(request.Query, MaxPageSize);
        var (filter, _, _, noticeProblem) = LedgerFilters.Notices(request.Query, MaxPageSize);
        if ((problem ?? noticeProblem) is { } bad)
        {
            return bad;
        }

        var scope = ReadScope.Of(user);
        if (scope.Restrict(query!) is not { } scoped)
        {
            return Problems.OutOfScope("These cases are outside your grids or unit.");
        }

        var cases = await ledger.Query(scoped with { Page = 1, PageSize = MaxExportRows });
        if (cases.Total > MaxExportRows)
        {
            return Problems.Invalid("grid", $"{cases.Total:N0} cases match; narrow the filters to at most {MaxExportRows:N0} (e.g. by grid, unit or status).");
        }

        var notices = (await grains.GetGrain<INoticeDirectoryGrain>(INoticeDirectoryGrain.Key).List()).Where(filter!).Where(scope.MayReadNotice).ToList();
        var bytes = LedgerWorkbook.Write(cases.Items, notices, CampaignClock.Zone("Asia/Shanghai"));
        return TypedResults.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "台账.xlsx");
    }
}
