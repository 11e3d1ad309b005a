using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Cases;

/// <summary>Cases (事件/部件): report, read, move through the lifecycle (the rules are in <see cref="CaseDesk"/>).</summary>
public static class CasesApi
{
    public const int MaxDescriptionLength = 2000;

    public const int MaxLocationLength = 200;

    public const int MaxNoteLength = 2000;

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");
        cases.MapPost("/", Report).RequireAuthorization(Policies.CaseWorker);
        cases.MapPost("/with-photos", ReportWithPhotos).RequireAuthorization(Policies.CaseWorker).DisableAntiforgery();
        cases.MapGet("/{id}", Get).RequireAuthorization(Policies.Reader);
        cases.MapPost("/{id}/transitions", Transition).RequireAuthorization(Policies.CaseWorker);
        cases.MapPost("/{id}/withdraw", Withdraw).RequireAuthorization(Policies.CaseReporter);
        app.MapCasePhotosApi();
        return app;
    }

    /// <summary>201 with the case (id, deadline …); 400 for a missing field, unknown grid, category or source; 403 outside the caller's grids.</summary>
    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Report(
        CaseRequest? request, ClaimsPrincipal user, CaseDesk desk, [FromHeader(Name = CaseDesk.IdempotencyKey)] string? key) =>
        Problems.AnswerCreated(await desk.Report(user, request, key), c => $"/api/cases/{c.Id}");

    /// <summary>
    /// multipart: <c>case</c> (the JSON of <c>POST /api/cases</c>) and up to the case's limit of <c>photos</c>. 201 with the
    /// case and its photos; 413 or 415 for a refused photo, which creates nothing (no case, no ledger row, no photo).
    /// </summary>
    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> ReportWithPhotos(HttpRequest request, ClaimsPrincipal user, CaseDesk desk,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, [FromHeader(Name = CaseDesk.IdempotencyKey)] string? key, CancellationToken cancellationToken)
    {
        var read = await CaseReportForm.Read(request, json.Value.SerializerOptions, cancellationToken);
        return read.Value is { } form
            ? Problems.AnswerCreated(await desk.Report(user, form.Case, form.Photos, key), c => $"/api/cases/{c.Id}")
            : Problems.Of(read.Refusal!);
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(string id, ClaimsPrincipal user, IGrainFactory grains) =>
        !Ids.IsValid(id) || await grains.GetGrain<ICaseGrain>(id).Get() is not { } view ? Problems.NotFound($"Case '{id}' does not exist.")
        : ReadScope.Of(user).MayReadCase(view) ? TypedResults.Ok(view)
        : Problems.OutOfScope($"Case '{id}' is for the office, viewers, its grid's head and the unit it is dispatched to.");

    /// <summary>200 with the case; 400 for an unknown target status; 403 when the caller's role may not take this step; 409 when the lifecycle forbids it.</summary>
    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Transition(string id, TransitionRequest? request, ClaimsPrincipal user, CaseDesk desk) =>
        Problems.Answer(await desk.Move(user, id, request));

    /// <summary>200 with the withdrawn case (作废); 400 without a reason; 403 unless the office or the case's reporter; 409 when already withdrawn or past the reporter's hour.</summary>
    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Withdraw(string id, WithdrawRequest? request, ClaimsPrincipal user, CaseDesk desk) =>
        Problems.Answer(await desk.Withdraw(user, id, request));
}
