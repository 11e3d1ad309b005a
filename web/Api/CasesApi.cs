using CommandCenter.Domain;
using System.Security.Claims;
using CommandCenter.Web.Auth;

namespace CommandCenter.Web.Api;

/// <summary>Cases (事件/部件): report, read, move through the lifecycle.</summary>
public static class CasesApi
{
    public const int MaxDescriptionLength = 2000;

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var cases = app.MapGroup("/api/cases").WithTags("Cases");
        cases.MapPost("/", Report).RequireAuthorization(Policies.CaseWorker);
        cases.MapGet("/{id}", Get).RequireAuthorization(Policies.Reader);
        cases.MapPost("/{id}/transitions", Transition).RequireAuthorization(Policies.CaseWorker);
        app.MapCasePhotosApi();
        return app;
    }

    /// <summary>201 with the case (id, deadline …); 400 for a missing field, unknown grid, category or source; 403 outside the caller's grids.</summary>
    private static async Task<Results<Created<CaseView>, ProblemHttpResult>> Report(CaseRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (CaseRequestCheck.Problem(request) is { } invalid)
        {
            return invalid;
        }

        var gridCode = request!.GridCode!.Trim();
        if (!CasePermissions.MayReport(user, gridCode))
        {
            return Forbidden($"Your account may not report cases in grid {gridCode}.");
        }

        if (!Ids.IsValid(gridCode) || !await grains.GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).Contains(gridCode))
        {
            return Problems.Invalid("gridCode", $"网格 {gridCode} 不存在 / grid '{gridCode}' does not exist.");
        }

        try
        {
            var view = await grains.GetGrain<IGridGrain>(gridCode).Report(new NewCase
            {
                GridCode = gridCode,
                Category = request.Category!.Trim(),
                Subcategory = request.Subcategory!.Trim(),
                Source = Enum.Parse<CaseSource>(request.Source!, ignoreCase: true),
                Description = request.Description!.Trim(),
                Location = request.Location?.Trim() ?? "",
                By = user.Identity?.Name ?? "?",
            });
            return TypedResults.Created($"/api/cases/{view.Id}", view);
        }
        catch (CaseInputException bad)
        {
            return Problems.Invalid(bad.Field, bad.Reason);
        }
    }

    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Get(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICaseGrain>(id).Get() is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound($"Case '{id}' does not exist.");

    /// <summary>200 with the case; 400 for an unknown target status; 403 when the caller's role may not take this step; 409 when the lifecycle forbids it.</summary>
    private static async Task<Results<Ok<CaseView>, ProblemHttpResult>> Transition(string id, TransitionRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        var grain = grains.GetGrain<ICaseGrain>(id);
        if (!Ids.IsValid(id) || await grain.Get() is not { } current)
        {
            return Problems.NotFound($"Case '{id}' does not exist.");
        }

        if (!Enum.TryParse<CaseStatus>(request?.To, ignoreCase: true, out var to) || to == CaseStatus.Reported || int.TryParse(request!.To, out _))
        {
            return Problems.Invalid("to", "to is one of dispatched, handling, rectified, verified, closed, rework.");
        }

        if (to == CaseStatus.Dispatched && string.IsNullOrWhiteSpace(request.Unit))
        {
            return Problems.Invalid("unit", "派遣需要指定处置单位 / dispatching needs the unit that handles the case.");
        }

        if (!CasePermissions.MayMove(user, current, to))
        {
            return Forbidden($"Your account may not move case {id} to {CaseSteps.Name(to)}.");
        }

        try
        {
            return TypedResults.Ok(await grain.Transition(new CaseTransition { To = to, Unit = request.Unit, Note = request.Note?.Trim() ?? "", By = user.Identity?.Name ?? "?" }));
        }
        catch (CaseTransitionException refused)
        {
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Transition not allowed",
                Detail = refused.Reason,
                Extensions = { ["current"] = current },
            });
        }
    }

    internal static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
}
