namespace CommandCenter.Web.Features.Reports;

/// <summary>The weekly reports (每周五报送): who has reported, submitting, returning for revision.</summary>
public static class ReportsExtensions
{
    public static WebApplicationBuilder AddReports(this WebApplicationBuilder builder) => builder.AddSingletons(typeof(ReportDesk));

    public static WebApplication MapReports(this WebApplication app) => app.MapEndpoints(ReportsApi.MapReportsApi);
}
