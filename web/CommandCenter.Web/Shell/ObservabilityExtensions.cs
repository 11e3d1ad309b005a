using CommandCenter.Extensions;
using CommandCenter.Web.Features.Admin;
using Microsoft.AspNetCore.Authorization;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

namespace CommandCenter.Web.Shell;

public static class ObservabilityExtensions
{
    /// <summary>Where the Orleans dashboard is served (administrators only); the cluster page links to it.</summary>
    public const string DashboardPath = "/admin/orleans";

    /// <summary>
    /// OpenTelemetry for ASP.NET Core, Orleans and Npgsql (OTLP export when configured; a Prometheus endpoint with
    /// <c>OpenTelemetry:Prometheus=true</c>) and the cluster page's data.
    /// </summary>
    public static WebApplicationBuilder AddCommandCenterObservability(this WebApplicationBuilder builder)
    {
        builder.AddCommandCenterTelemetry("commandcenter-web",
            tracing => tracing.AddAspNetCoreInstrumentation(),
            metrics => metrics.AddAspNetCoreInstrumentation());
        if (TelemetrySettings.From(builder.Configuration).Prometheus)
        {
            // Metrics only: Prometheus alone must not make every request record spans.
            builder.Services.AddOpenTelemetry().WithMetrics(m => m
                .AddMeter(TelemetryExtensions.OrleansMeter, CommandCenter.Web.Wall.ScreenWatchdog.MeterName).AddNpgsqlInstrumentation().AddAspNetCoreInstrumentation()
                .AddPrometheusExporter());
        }

        builder.Services.AddSingleton<RequestRates>();
        return builder;
    }

    /// <summary>The Orleans dashboard behind the administrator role, and <c>/metrics</c> when Prometheus is on.</summary>
    public static WebApplication MapCommandCenterObservability(this WebApplication app)
    {
        if (OrleansSettings.From(app.Configuration).Dashboard.Enabled)
        {
            app.MapOrleansDashboard(DashboardPath)
                .RequireAuthorization(new AuthorizeAttribute { Roles = Roles.Administrator })
                .ExcludeFromDescription();
        }

        if (TelemetrySettings.From(app.Configuration).Prometheus)
        {
            app.MapPrometheusScrapingEndpoint().ExcludeFromDescription();
        }

        return app;
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
