namespace CommandCenter.Web.Features.History;

/// <summary>The task history: burn-up charts and the office's audit.</summary>
public static class HistoryExtensions
{
    public static WebApplicationBuilder AddHistory(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(HistoryQueries));

    public static WebApplication MapHistory(this WebApplication app) => app.MapEndpoints(HistoryApi.MapHistoryApi);
}
