using System.Text.Json;
using CommandCenter.Bench;

// Measures a CommandCenter deployment through its public API and hub; prints and writes the results as JSON.
var options = BenchOptions.Parse(args);
await using var deployment = await Deployment.StartAsync(options);
using var client = await deployment.AdminClient();
var tasks = await DurableUpdates.QuantityTasks(client);
Console.WriteLine($"Measuring {deployment.Url} with {tasks.Count} concurrent writers, {options.Duration.TotalSeconds} s per measure");

var mark = await WriteTransactions.Mark(deployment.ConnectionString);
var (p1, failures) = await DurableUpdates.PerSecond(client, tasks, options.Duration);
var commitsPerUpdate = await WriteTransactions.Since(deployment.ConnectionString, mark) / (p1 * options.Duration.TotalSeconds);
var updateBytes = await RawUpserts.UpdateBytes(deployment.ConnectionString);
var raw = await RawUpserts.PerSecond(deployment.ConnectionString, tasks.Count, options.Duration, updateBytes);
var durability = await RawUpserts.Durability(deployment.ConnectionString);
Console.WriteLine($"P1 durable updates/s: {p1:F0} (failed: {failures}, {commitsPerUpdate:F2} commits per update); raw single-row upserts/s of {updateBytes} B: {raw:F0}; ratio {p1 / raw:F2} ({durability})");

var rate = options.Quick ? 100 : 200;
var p2 = await HubLatency.Measure(deployment.Url, client, tasks, options.Clients, rate, options.Duration);
Console.WriteLine($"P2 ack → hub client, {options.Clients} clients at {rate} updates/s: p50 {p2.P50:F1} ms, p99 {p2.P99:F1} ms ({p2.Deliveries} deliveries, {p2.Missing} missing)");

var (p3, p3Steps) = await ScreenCapacity.Measure(deployment.Url, client, tasks, options.Quick, options.Quick ? options.Duration : options.Duration / 2);
Console.WriteLine($"P3 largest held with p99 ≤ {ScreenCapacity.P99LimitMs} ms: {p3?.Clients ?? 0} screens × {p3?.UpdatesPerSecond ?? 0} updates/s");

var p4 = await LargeCampaign.Measure(client, options.Quick);
Console.WriteLine($"P4 {p4.Grids:N0} grids, {p4.Cases:N0} cases: snapshot {p4.SnapshotMs} ms, grid table {p4.GridTableMs} ms ({p4.GridTableKb} kB), grid stats {p4.GridStatsMs} ms, totals {p4.TotalsMs} ms");

var results = new
{
    date = DateTimeOffset.UtcNow,
    machine = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
    quick = options.Quick,
    p1UpdatesPerSec = Math.Round(p1),
    p1RawUpsertsPerSec = Math.Round(raw),
    p1RawPayloadBytes = updateBytes,
    p1Ratio = Math.Round(p1 / raw, 3),
    p1Failures = failures,
    p1CommitsPerUpdate = Math.Round(commitsPerUpdate, 3),
    dbDurability = durability,
    p2Clients = options.Clients,
    p2UpdatesPerSec = rate,
    p2P50Ms = Math.Round(p2.P50, 1),
    p2P99Ms = Math.Round(p2.P99, 1),
    p2Missing = p2.Missing,
    p3Screens = p3?.Clients ?? 0,
    p3UpdatesPerSec = p3?.UpdatesPerSecond ?? 0,
    p3Steps = p3Steps.Select(s => new { screens = s.Clients, updatesPerSec = s.UpdatesPerSecond, p50Ms = Math.Round(s.P50, 1), p99Ms = Math.Round(s.P99, 1), missing = s.Missing, failures = s.Failures }),
    p4Grids = p4.Grids,
    p4Cases = p4.Cases,
    p4LoadSeconds = Math.Round(p4.LoadSeconds, 1),
    p4SnapshotMs = p4.SnapshotMs,
    p4GridTableMs = p4.GridTableMs,
    p4GridStatsMs = p4.GridStatsMs,
    p4CaseTotalsMs = p4.TotalsMs,
    peakWorkingSetMb = deployment.PeakWorkingSetMb is { } mb ? Math.Round(mb) : (double?)null,
};
await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(File.ReadAllText(options.Out));
