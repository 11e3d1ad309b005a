namespace CommandCenter.Web.Tests;

/// <summary><c>/metrics</c> for Prometheus (OpenTelemetry's exporter): absent by default, served with <c>OpenTelemetry:Prometheus=true</c>.</summary>
public sealed class PrometheusTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    [Fact]
    public async Task Metrics_are_served_for_Prometheus_only_when_configured()
    {
        var connectionString = await postgres.CreateSeededDatabaseAsync();
        await using (var plain = CommandCenterApp.Start(connectionString))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await plain.Client().GetAsync("/metrics")).StatusCode);
        }

        await using var app = CommandCenterApp.Start(connectionString, settings: new Dictionary<string, string?> { ["OpenTelemetry:Prometheus"] = "true" });
        var admin = await app.AdminClient();
        (await admin.PostAsJsonAsync("/api/tasks/dagan100.1.2/progress", new { value = 4, note = "指标" })).EnsureSuccessStatusCode();

        // The exporter caches a scrape for a moment; the request metrics appear once the update has been counted.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string text;
        do
        {
            var response = await app.Client().GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType);
            text = await response.Content.ReadAsStringAsync();
            if (text.Contains("http_server_request_duration_seconds_count", StringComparison.Ordinal) && text.Contains("orleans", StringComparison.Ordinal))
            {
                break;
            }

            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Contains("http_server_request_duration_seconds_count", text);
        Assert.Contains("/api/tasks/{taskId}/progress", text);
        Assert.Contains("orleans", text);
    }
}
