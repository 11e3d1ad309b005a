namespace CommandCenter.Web.Features.Briefings;

public static class BriefingsExtensions
{
    public static WebApplicationBuilder AddBriefings(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(BriefingSources), typeof(BriefingDesk));

    public static WebApplication MapBriefings(this WebApplication app) => app.MapEndpoints(BriefingsApi.MapBriefingsApi);
}
