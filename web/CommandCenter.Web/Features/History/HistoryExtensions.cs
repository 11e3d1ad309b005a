namespace CommandCenter.Web.Features.History;

/// <summary>The task history: burn-up charts and the office's audit.</summary>
public static class HistoryExtensions
{
    public static WebApplicationBuilder AddHistory(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HistoryQueries>();
        return builder;
    }

    public static WebApplication MapHistory(this WebApplication app)
    {
        app.MapHistoryApi();
        return app;
    }
}
