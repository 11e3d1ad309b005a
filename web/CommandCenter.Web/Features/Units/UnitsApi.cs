using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Units;

/// <summary>The unit directory (单位): every signed-in account reads it (the pickers of every form), the office writes it.</summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var units = app.MapGroup("/api/units").WithTags("Units");
        units.MapGet("/", List).RequireAuthorization(Policies.Reader);
        units.MapPost("/", Create).RequireAuthorization(Policies.Office);
        units.MapPut("/{id:int}", Update).RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<UnitResponse>>> List(UnitDirectory directory) => TypedResults.Ok(await directory.List());

    private static async Task<Results<Created<UnitResponse>, ProblemHttpResult>> Create(UnitRequest? request, UnitDirectory directory) =>
        Problems.AnswerCreated(await directory.Create(request), u => $"/api/units/{u.Id}");

    private static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> Update(int id, UnitRequest? request, UnitDirectory directory) =>
        Problems.Answer(await directory.Update(id, request));
}
