namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Campaigns: the list, the plan's import and export, building a campaign by hand, settings and clone.</summary>
public static class CampaignsExtensions
{
    public static WebApplicationBuilder AddCampaigns(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CampaignImporter>();
        builder.Services.AddSingleton<CampaignSettings>();
        builder.Services.AddSingleton<CampaignCloner>();
        builder.Services.AddSingleton<CampaignEditor>();
        builder.Services.AddSingleton<CampaignDirectory>();
        return builder;
    }

    public static WebApplication MapCampaigns(this WebApplication app)
    {
        app.MapCampaignsApi();
        app.MapCampaignPlanApi();
        app.MapCampaignStructureApi();
        return app;
    }
}
