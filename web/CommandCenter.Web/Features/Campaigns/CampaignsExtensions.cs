namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Campaigns: the list, the plan's import and export, building a campaign by hand, settings and clone.</summary>
public static class CampaignsExtensions
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder) =>
        builder.AddSingletons(typeof(CampaignImporter), typeof(CampaignSettings), typeof(CampaignCloner), typeof(CampaignEditor), typeof(CampaignDirectory));

    public static WebApplication MapCampaigns(this WebApplication app) =>
        app.MapEndpoints(CampaignsApi.MapCampaignsApi, CampaignPlanApi.MapCampaignPlanApi, CampaignStructureApi.MapCampaignStructureApi);
}
