using CommandCenter.Extensions;
using CommandCenter.Web.Admin;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CommandCenter.Web.Extensions;

public static class ObservabilityExtensions
{
    /// <summary>OpenTelemetry for ASP.NET Core, Orleans and Npgsql (OTLP export when configured) and the cluster page's data.</summary>
    public static WebApplicationBuilder AddCommandCenterObservability(this WebApplicationBuilder builder)
    {
        builder.AddCommandCenterTelemetry("commandcenter-web",
            tracing => tracing.AddAspNetCoreInstrumentation(),
            metrics => metrics.AddAspNetCoreInstrumentation());
        builder.Services.AddSingleton<RequestRates>();
        builder.Services.AddSingleton<ClusterOverviewReader>();
        return builder;
    }

    /// <summary>Counts every answered request with its final status (so it runs before the error handler).</summary>
    public static WebApplication UseRequestRates(this WebApplication app)
    {
        var rates = app.Services.GetRequiredService<RequestRates>();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            finally
            {
                rates.Record(context.Response.StatusCode);
            }
        });
        return app;
    }
}
