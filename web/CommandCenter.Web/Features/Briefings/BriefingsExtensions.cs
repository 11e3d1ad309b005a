namespace CommandCenter.Web.Features.Briefings;

public static class BriefingsExtensions
{
    /// <summary>The weekly briefing and period case statistics: sources, desk, period queries.</summary>
    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BriefingSources>();
        builder.Services.AddSingleton<BriefingDesk>();
        return builder;
    }

    public static WebApplication MapBriefings(this WebApplication app)
    {
        app.MapBriefingsApi();
        return app;
    }
}
