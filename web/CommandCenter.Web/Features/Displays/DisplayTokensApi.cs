using System.Security.Claims;
using CommandCenter.Displays;
using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Displays;

/// <summary>The office's display tokens: kiosk credentials for wall screens, listed and revocable.</summary>
public static class DisplayTokensApi
{
    public const int MaxNameLength = 100;

    public static IEndpointRouteBuilder MapDisplayTokensApi(this IEndpointRouteBuilder app)
    {
        var tokens = app.MapGroup("/api/display-tokens").WithTags("Display tokens").RequireAuthorization(Policies.Office);
        tokens.MapPost("/", Issue);
        tokens.MapGet("/", List);
        tokens.MapDelete("/{id}", Revoke);
        return app;
    }

    /// <summary>201 with <c>{ id, name, campaignId, token, wallUrl }</c>; the token is shown only here.</summary>
    private static async Task<Results<Created<IssuedDisplayTokenResponse>, ProblemHttpResult>> Issue(
        DisplayTokenRequest? request, ClaimsPrincipal user, IGrainFactory grains)
    {
        if (string.IsNullOrWhiteSpace(request?.Name) || request.Name.Length > MaxNameLength)
        {
            return Problems.Invalid("name", $"A name of 1 to {MaxNameLength} characters is required (e.g. 指挥大厅 1 号屏).");
        }

        if (request.CampaignId is { } campaignId
            && !(Ids.IsValid(campaignId) && await grains.GetGrain<ICampaignGrain>(campaignId).GetSnapshot() is not null))
        {
            return Problems.Invalid("campaignId", $"Campaign '{campaignId}' does not exist.");
        }

        var issued = await grains.GetGrain<IDisplayTokenRegistryGrain>(IDisplayTokenRegistryGrain.Key)
            .Issue(request.Name.Trim(), request.CampaignId, user.Identity?.Name ?? "?");
        var wallUrl = request.CampaignId is null ? null : $"/wall/{request.CampaignId}?token={Uri.EscapeDataString(issued.Secret)}";
        return TypedResults.Created($"/api/display-tokens/{issued.Token.Id}",
            new IssuedDisplayTokenResponse(issued.Token.Id, issued.Token.Name, issued.Token.CampaignId, issued.Secret, wallUrl));
    }

    private static async Task<Ok<IEnumerable<DisplayTokenResponse>>> List(IGrainFactory grains)
    {
        var tokens = await grains.GetGrain<IDisplayTokenRegistryGrain>(IDisplayTokenRegistryGrain.Key).List();
        return TypedResults.Ok(tokens.Select(t => new DisplayTokenResponse(t.Id, t.Name, t.CampaignId, t.CreatedAt, t.CreatedBy, t.RevokedAt)));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(string id, IGrainFactory grains) =>
        Ids.IsValid(id) && await grains.GetGrain<IDisplayTokenRegistryGrain>(IDisplayTokenRegistryGrain.Key).Revoke(id)
            ? TypedResults.NoContent()
            : Problems.NotFound($"Display token '{id}' does not exist.");
}
