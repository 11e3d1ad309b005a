namespace CommandCenter.Web.Features.Reports;

/// <summary>The weekly reports (每周五报送): who has reported, submitting, returning for revision.</summary>
public static class ReportsExtensions
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReportDesk>();
        return builder;
    }

    public static WebApplication MapReports(this WebApplication app)
    {
        app.MapReportsApi();
        return app;
    }
}
