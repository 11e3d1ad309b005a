using System.Collections.Concurrent;
using System.Diagnostics;
using CommandCenter.Extensions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace CommandCenter.Web.Tests;

/// <summary>
/// The OpenTelemetry wiring: an update's HTTP span, its Orleans grain calls and its Npgsql commands form one trace;
/// ASP.NET Core, Orleans and Npgsql metrics are collected; OTLP export is off unless an endpoint is configured, and
/// without an exporter nothing is recorded.
/// </summary>
public sealed class ObservabilityTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task An_update_is_one_trace_from_the_request_through_the_grains_to_the_database()
    {
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync(),
            settings: new Dictionary<string, string?> { ["OpenTelemetry:Record"] = "true" },
            services: s => s
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(activities))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics)));
        var admin = await app.AdminClient();

        (await admin.PostAsJsonAsync("/api/tasks/dagan100.5.2/progress", new { value = 9, note = "追踪" })).EnsureSuccessStatusCode();
        app.Service<TracerProvider>().ForceFlush();
        app.Service<MeterProvider>().ForceFlush();

        List<Activity> seen;
        lock (activities)
        {
            seen = [.. activities];
        }

        // The listener hears every host of this test process (other test classes run beside this one): this host's request is the one on its port.
        var port = app.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var request = Assert.Single(seen, a => a.Kind == ActivityKind.Server && a.DisplayName == "POST /api/tasks/{taskId}/progress"
            && Convert.ToString(a.GetTagItem("server.port"), System.Globalization.CultureInfo.InvariantCulture) == port);
        var trace = seen.Where(a => a.TraceId == request.TraceId).ToList();
        Assert.Contains(trace, a => a.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal) && a.DisplayName.Contains("ReportProgress"));
        Assert.Contains(trace, a => a.Source.Name == "Npgsql");

        var names = metrics.Select(m => (m.MeterName, m.Name)).ToList();
        Assert.Contains(names, m => m.Name == "http.server.request.duration");
        Assert.Contains(names, m => m.MeterName == TelemetryExtensions.OrleansMeter);
        Assert.Contains(names, m => m.MeterName == "Npgsql");
    }

    [Fact]
    public async Task Traces_go_to_the_configured_OTLP_endpoint()
    {
        var received = new ConcurrentQueue<string>();
        var collector = WebApplication.CreateSlimBuilder();
        collector.WebHost.UseUrls("http://127.0.0.1:0");
        collector.Logging.ClearProviders();
        await using var receiver = collector.Build();
        receiver.MapPost("/v1/{signal}", (string signal) => { received.Enqueue(signal); return Results.Ok(); });
        await receiver.StartAsync();

        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = receiver.Urls.Single(),
            ["OpenTelemetry:OtlpProtocol"] = "HttpProtobuf",
        });
        await app.Reader().GetAsync("/api/campaigns/dagan100");
        app.Service<TracerProvider>().ForceFlush();

        Assert.Contains("traces", received);
    }

    [Fact]
    public async Task Without_an_exporter_no_telemetry_provider_listens()
    {
        await using var app = CommandCenterApp.Start(await postgres.CreateDatabaseAsync());
        var admin = await app.AdminClient();

        (await admin.PostAsJsonAsync("/api/tasks/dagan100.5.2/progress", new { value = 9, note = "不追踪" })).EnsureSuccessStatusCode();

        Assert.Null(app.Services.GetService<TracerProvider>());
        Assert.Null(app.Services.GetService<MeterProvider>());
    }

    [Fact]
    public void Otlp_export_is_off_by_default_and_on_with_either_setting()
    {
        static TelemetrySettings From(params (string Key, string Value)[] values) =>
            TelemetrySettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build());

        Assert.False(From().ExportsOtlp);
        Assert.True(From(("OpenTelemetry:OtlpEndpoint", "http://collector:4317")).ExportsOtlp);
        Assert.True(From((TelemetrySettings.StandardEndpointVariable, "http://collector:4317")).ExportsOtlp);

        Assert.False(From().Records);
        Assert.True(From(("OpenTelemetry:OtlpEndpoint", "http://collector:4317")).Records);
        Assert.True(From(("OpenTelemetry:Record", "true")).Records);
    }
}
