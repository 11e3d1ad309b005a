using System.Text.Json;
using CommandCenter.Bench;

// Measures a CommandCenter deployment through its public API and hub; prints and writes the results as JSON.
var options = BenchOptions.Parse(args);
await using var deployment = await Deployment.StartAsync(options);
using var client = await deployment.AdminClient();
var tasks = await DurableUpdates.QuantityTasks(client);
Console.WriteLine($"Measuring {deployment.Url} with {tasks.Count} concurrent writers, {options.Duration.TotalSeconds} s per measure");

var (p1, failures) = await DurableUpdates.PerSecond(client, tasks, options.Duration);
var raw = await RawUpserts.PerSecond(deployment.ConnectionString, tasks.Count, options.Duration);
Console.WriteLine($"P1 durable updates/s: {p1:F0} (failed: {failures}); raw single-row upserts/s: {raw:F0}; ratio {p1 / raw:F2}");

var rate = options.Quick ? 100 : 200;
var (p50, p99, samples, missing) = await HubLatency.Measure(deployment.Url, client, tasks, options.Clients, rate, options.Duration);
Console.WriteLine($"P2 ack → hub client, {options.Clients} clients at {rate} updates/s: p50 {p50:F1} ms, p99 {p99:F1} ms ({samples} deliveries, {missing} missing)");

var results = new
{
    date = DateTimeOffset.UtcNow,
    machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
    quick = options.Quick,
    p1UpdatesPerSec = Math.Round(p1),
    p1RawUpsertsPerSec = Math.Round(raw),
    p1Ratio = Math.Round(p1 / raw, 3),
    p1Failures = failures,
    p2Clients = options.Clients,
    p2UpdatesPerSec = rate,
    p2P50Ms = Math.Round(p50, 1),
    p2P99Ms = Math.Round(p99, 1),
    p2Missing = missing,
    peakWorkingSetMb = deployment.PeakWorkingSetMb is { } mb ? Math.Round(mb) : (double?)null,
};
await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(File.ReadAllText(options.Out));
