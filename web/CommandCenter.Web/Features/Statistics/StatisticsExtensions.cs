namespace CommandCenter.Web.Features.Statistics;

/// <summary>Case statistics per period, shared by the statistics page, the grid API and the briefings.</summary>
public static class StatisticsExtensions
{
    public static WebApplicationBuilder AddStatistics(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(CaseStatistics));
}
