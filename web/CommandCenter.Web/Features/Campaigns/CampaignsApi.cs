using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Campaign data (public, like the wall) and wall commands for the office.</summary>
public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", List).RequireAuthorization(Policies.Reader);
        campaigns.MapGet("/{id}", Get).RequireAuthorization(Policies.Reader);
        campaigns.MapPost("/{id}/wall/reload", ReloadWalls).RequireAuthorization(Policies.Office);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CampaignSummary>>> List(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List());

    /// <summary>Every task's last update names who made it and their note only to those who may read the task's history.</summary>
    private static async Task<Results<Ok<CampaignSnapshot>, ProblemHttpResult>> Get(string id, System.Security.Claims.ClaimsPrincipal user, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICampaignGrain>(id).GetSnapshot() is { } snapshot
            ? TypedResults.Ok(ReadScope.Of(user).Redact(snapshot))
            : Problems.NotFound($"Campaign '{id}' does not exist.");

    /// <summary>Makes every screen showing the campaign reload its page, e.g. after an upgrade.</summary>
    private static async Task<Results<Accepted, ProblemHttpResult>> ReloadWalls(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICampaignGrain>(id).ReloadWalls()
            ? TypedResults.Accepted((string?)null)
            : Problems.NotFound($"Campaign '{id}' does not exist.");
}
