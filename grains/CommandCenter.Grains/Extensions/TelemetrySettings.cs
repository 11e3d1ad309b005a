using Microsoft.Extensions.Configuration;
using OpenTelemetry.Exporter;

namespace CommandCenter.Extensions;

/// <summary>The <c>OpenTelemetry</c> configuration section; the OTLP exporter is off unless an endpoint is configured.</summary>
public sealed record TelemetrySettings
{
    /// <summary>The standard variable the OTLP exporter also reads.</summary>
    public const string StandardEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Where to send traces and metrics (e.g. <c>http://collector:4317</c>); empty: no export.</summary>
    public string? OtlpEndpoint { get; init; }

    /// <summary><c>Grpc</c> (default) or <c>HttpProtobuf</c>.</summary>
    public OtlpExportProtocol OtlpProtocol { get; init; } = OtlpExportProtocol.Grpc;

    /// <summary>How often metrics are exported, in milliseconds.</summary>
    public int MetricExportIntervalMilliseconds { get; init; } = 60_000;

    /// <summary>Set when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is, so the standard variable alone turns export on.</summary>
    public bool StandardEndpointSet { get; init; }

    public bool ExportsOtlp => !string.IsNullOrWhiteSpace(OtlpEndpoint) || StandardEndpointSet;

    /// <summary>
    /// Record traces and metrics even without OTLP export, for an exporter added in code (e.g. an in-memory one);
    /// unset: recorded only when exported.
    /// </summary>
    public bool? Record { get; init; }

    public bool Records => Record ?? ExportsOtlp;

    /// <summary>Serve metrics at <c>/metrics</c> for Prometheus to scrape (web hosts; off by default).</summary>
    public bool Prometheus { get; init; }

    public static TelemetrySettings From(IConfiguration configuration) =>
        (configuration.GetSection("OpenTelemetry").Get<TelemetrySettings>() ?? new TelemetrySettings()) with
        {
            StandardEndpointSet = !string.IsNullOrWhiteSpace(configuration[StandardEndpointVariable]),
        };
}
