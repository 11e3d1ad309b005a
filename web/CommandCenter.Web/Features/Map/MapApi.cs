using MapCase = CommandCenter.Wall.Contracts.MapCase;
using MapData = CommandCenter.Wall.Contracts.MapData;
using MapGrid = CommandCenter.Wall.Contracts.MapGrid;
using System.Security.Claims;
using CommandCenter.Wall.Map;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Map;

/// <summary><c>GET /api/map?campaignId=</c>: the grids with their boundaries and the open cases with a position (any account; cases within the caller's scope).</summary>
public static class MapApi
{
    public static IEndpointRouteBuilder MapMapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map", Read).WithTags("Grids").RequireAuthorization(Policies.Reader);
        return app;
    }

    private static async Task<Results<Ok<MapData>, ProblemHttpResult>> Read(string? campaignId, ClaimsPrincipal user, GridMaps maps, IGrainFactory grains)
    {
        if (campaignId is not null && !Ids.IsValid(campaignId))
        {
            return Problems.Invalid("campaignId", "campaignId 须为活动编号 / campaignId must be a campaign id.");
        }

        if (campaignId is not null && await grains.GetGrain<ICampaignGrain>(campaignId).GetDefinition() is null)
        {
            return Problems.NotFound($"Campaign '{campaignId}' does not exist.");
        }

        return TypedResults.Ok(await maps.Read(campaignId, ReadScope.Of(user)));
    }
}
