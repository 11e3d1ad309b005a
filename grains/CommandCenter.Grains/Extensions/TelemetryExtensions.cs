using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CommandCenter.Extensions;

public static class TelemetryExtensions
{
    /// <summary>Orleans' activity sources (grain calls, storage, lifecycle) and its meter.</summary>
    public const string OrleansSources = "Microsoft.Orleans.*";

    public const string OrleansMeter = "Microsoft.Orleans";

    /// <summary>
    /// OpenTelemetry traces and metrics of Orleans and Npgsql (plus what <paramref name="tracing"/> and
    /// <paramref name="metrics"/> add, e.g. ASP.NET Core), exported over OTLP only when an endpoint is configured.
    /// </summary>
    public static IHostApplicationBuilder AddCommandCenterTelemetry(this IHostApplicationBuilder builder, string serviceName,
        Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        var settings = TelemetrySettings.From(builder.Configuration);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName, serviceInstanceId: Environment.MachineName + ":" + Environment.ProcessId))
            .WithTracing(t =>
            {
                t.AddSource(OrleansSources, TaskGroupCommit.Tracing.Name).AddNpgsql();
                tracing?.Invoke(t);
            })
            .WithMetrics(m =>
            {
                m.AddMeter(OrleansMeter).AddNpgsqlInstrumentation();
                metrics?.Invoke(m);
            });

        if (settings.ExportsOtlp)
        {
            if (string.IsNullOrWhiteSpace(settings.OtlpEndpoint))
            {
                telemetry.UseOtlpExporter(); // OTEL_EXPORTER_OTLP_* variables
            }
            else
            {
                telemetry.UseOtlpExporter(settings.OtlpProtocol, new Uri(settings.OtlpEndpoint));
            }

            builder.Services.Configure<MetricReaderOptions>(o =>
                o.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = settings.MetricExportIntervalMilliseconds);
        }

        return builder;
    }
}
