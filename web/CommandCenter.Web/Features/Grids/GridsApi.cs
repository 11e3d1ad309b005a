using CommandCenter.Planning.Grids;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Grids;

/// <summary>Grids (网格): import, the grid table with live rates (public, like the wall), one grid's statistics.</summary>
public static class GridsApi
{
    public const int MaxImportedCases = 5000;

    public static IEndpointRouteBuilder MapGridsApi(this IEndpointRouteBuilder app)
    {
        var grids = app.MapGroup("/api/grids").WithTags("Grids");
        grids.MapPost("/import", Import).RequireAuthorization(Policies.Office).DisableAntiforgery();
        grids.MapGet("/", List).RequireAuthorization(Policies.Reader);
        grids.MapGet("/{code}/stats", Stats).RequireAuthorization(Policies.Reader);
        grids.MapPost("/{code}/cases/import", ImportCases).RequireAuthorization(Policies.Office);
        app.MapGet("/api/case-stats", Totals).WithTags("Grids").RequireAuthorization(Policies.Reader);
        app.MapGet("/api/case-stats/export", (string? campaignId, string? from, string? to, string? groupBy, Statistics.CaseStatistics statistics) =>
            statistics.Export(campaignId, from, to, groupBy)).WithTags("Grids").RequireAuthorization(Policies.SignedIn);
        return app;
    }

    /// <summary>multipart: <c>file</c> (.xlsx or .csv), optional <c>campaignId</c>. 201; 400 bad form; 422 with every row error; nothing stored unless all is valid.</summary>
    private static async Task<Results<Created<GridImportResult>, ProblemHttpResult>> Import(HttpRequest request, GridImporter importer, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return Problems.Invalid("file", "Send multipart/form-data with a grid table in 'file'.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problems.Invalid("file", "The multipart form could not be read: " + exception.Message);
        }

        var campaignId = form["campaignId"].ToString() is { Length: > 0 } given ? given : null;
        if (campaignId is not null && (!Ids.IsValid(campaignId) || await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is null))
        {
            return Problems.Invalid("campaignId", $"Campaign '{campaignId}' does not exist.");
        }

        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problems.Invalid("file", "A non-empty .xlsx or .csv grid table is required.");
        }

        await using var content = file.OpenReadStream();
        var table = await GridTableReader.ReadAsync(content, file.FileName, cancellationToken);
        if (!table.IsValid)
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The table has errors",
                Detail = $"{table.Errors.Count} error(s); nothing was imported.",
                Extensions = { ["errors"] = table.Errors.Select(e => new { row = e.Row, column = e.Column, reason = e.Reason }) },
            });
        }

        var imported = await importer.Import(table.Rows, campaignId);
        return TypedResults.Created("/api/grids", new GridImportResult(imported.Count, imported.Select(g => g.Code).ToList()));
    }

    private static async Task<Ok<List<GridSummary>>> List(IGrainFactory grains) =>
        TypedResults.Ok((await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List()).Select(GridSummary.Of).ToList());

    /// <summary>Cases recorded elsewhere, at most <see cref="MaxImportedCases"/> per request: 201 with their ids; 400 naming the first bad item; nothing stored then.</summary>
    private static async Task<Results<Created<IReadOnlyList<string>>, ProblemHttpResult>> ImportCases(string code, HistoricalCase[]? cases, IGrainFactory grains)
    {
        if (!Ids.IsValid(code) || !await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(code))
        {
            return Problems.NotFound($"Grid '{code}' does not exist.");
        }

        if (cases is not { Length: > 0 and <= MaxImportedCases } || cases.Any(c => c is null))
        {
            return Problems.Invalid("cases", $"Send a JSON array of 1 to {MaxImportedCases} cases.");
        }

        return Problems.AnswerCreated(await grains.GetGrain<IGridGrain>(code).Import(cases), _ => $"/api/grids/{code}/stats");
    }

    /// <summary>
    /// Totals of a campaign's grids (or of all grids) and per responsible unit, summed from the grid rows — never from
    /// cases. With <c>from</c>, <c>to</c> or <c>groupBy</c>: the period statistics of the campaign's cases (<see cref="Statistics.CaseStatistics"/>).
    /// </summary>
    private static async Task<IResult> Totals(string? campaignId, string? from, string? to, string? groupBy, IGrainFactory grains, Statistics.CaseStatistics statistics)
    {
        if (from is not null || to is not null || groupBy is not null)
        {
            return await statistics.Answer(campaignId, from, to, groupBy);
        }

        var rows = (await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List())
            .Where(r => campaignId is null || r.Grid.CampaignId == campaignId).ToList();
        var units = rows.SelectMany(r => r.Units).GroupBy(u => u.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(CaseStats.Zero, (sum, u) => sum + u.Value));
        return TypedResults.Ok(new CaseTotals(campaignId, rows.Count, rows.Aggregate(CaseStats.Zero, (sum, r) => sum + r.Stats), units));
    }

    private static async Task<Results<Ok<CaseStats>, ProblemHttpResult>> Stats(string code, IGrainFactory grains) =>
        Ids.IsValid(code) && await grains.GetGrain<IGridGrain>(code).GetRow() is { } row
            ? TypedResults.Ok(row.Stats)
            : Problems.NotFound($"Grid '{code}' does not exist.");
}
