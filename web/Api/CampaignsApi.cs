namespace CommandCenter.Web.Api;

/// <summary>Read-only campaign data: public, like the wall.</summary>
public static class CampaignsApi
{
    public static IEndpointRouteBuilder MapCampaignsApi(this IEndpointRouteBuilder app)
    {
        var campaigns = app.MapGroup("/api/campaigns").WithTags("Campaigns");
        campaigns.MapGet("/", List);
        campaigns.MapGet("/{id}", Get);
        return app;
    }

    private static async Task<Ok<IReadOnlyList<CampaignSummary>>> List(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ICampaignCatalogGrain>(ICampaignCatalogGrain.Key).List());

    private static async Task<Results<Ok<CampaignSnapshot>, ProblemHttpResult>> Get(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<ICampaignGrain>(id).GetSnapshot() is { } snapshot
            ? TypedResults.Ok(snapshot)
            : Problems.NotFound($"Campaign '{id}' does not exist.");
}
