using CommandCenter.Web.Features.Statistics;

namespace CommandCenter.Web.Features.Briefings;

public static class BriefingsExtensions
{
    /// <summary>The weekly briefing and period case statistics: sources, desk, period queries.</summary>
    public static WebApplicationBuilder AddCommandCenterBriefings(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CasePeriodQueries>();
        builder.Services.AddSingleton<CaseStatistics>();
        builder.Services.AddSingleton<BriefingSources>();
        builder.Services.AddSingleton<BriefingDesk>();
        return builder;
    }
}
