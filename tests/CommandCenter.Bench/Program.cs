using System.Text.Json;
using CommandCenter.Bench;

// Measures a CommandCenter deployment through its public API and hub; prints and writes the results as JSON.
var options = BenchOptions.Parse(args);
await using var deployment = await Deployment.StartAsync(options);
using var client = await deployment.AdminClient();
var tasks = await DurableUpdates.QuantityTasks(client);
Console.WriteLine($"Measuring {deployment.Url} with {tasks.Count} concurrent writers, {options.Duration.TotalSeconds} s per measure");
var results = new Dictionary<string, object?>
{
    ["date"] = DateTimeOffset.UtcNow,
    ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
    ["quick"] = options.Quick,
};

if (options.Runs("p1"))
{
    // Warm-up first (JIT, pools, activations), so a short run measures the steady state, not start-up.
    await DurableUpdates.PerSecond(client, tasks, TimeSpan.FromSeconds(options.Quick ? 2 : 5));
    var mark = await WriteTransactions.Mark(deployment.ConnectionString);
    var cpu = new CpuMeter(deployment);
    var (p1, failures) = await DurableUpdates.PerSecond(client, tasks, options.Duration);
    var spent = cpu.Spent();
    var updates = p1 * options.Duration.TotalSeconds;
    var commitsPerUpdate = await WriteTransactions.Since(deployment.ConnectionString, mark) / updates;
    var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
    await HubUpdates.PerSecond(deployment.Url, token, tasks, TimeSpan.FromSeconds(options.Quick ? 1 : 3)); // warm-up
    mark = await WriteTransactions.Mark(deployment.ConnectionString);
    cpu = new CpuMeter(deployment);
    var (hub, hubFailures) = await HubUpdates.PerSecond(deployment.Url, token, tasks, options.Duration);
    var hubSpent = cpu.Spent();
    var hubUpdates = hub * options.Duration.TotalSeconds;
    var hubCommitsPerUpdate = await WriteTransactions.Since(deployment.ConnectionString, mark) / hubUpdates;
    var updateBytes = await RawUpserts.UpdateBytes(deployment.ConnectionString);
    cpu = new CpuMeter(deployment);
    var raw = await RawUpserts.PerSecond(deployment.ConnectionString, tasks.Count, options.Duration, updateBytes);
    var rawSpent = cpu.Spent();
    var upserts = raw * options.Duration.TotalSeconds;
    var durability = await RawUpserts.Durability(deployment.ConnectionString);
    Console.WriteLine($"P1 durable updates/s: {p1:F0} (failed: {failures}, {commitsPerUpdate:F2} commits per update; CPU ms per update: " +
        $"web host {spent.WebMs / updates:F3}, load generator {spent.BenchMs / updates:F3}, all {spent.MachineMs / updates:F3}; machine {spent.Busy:P0} busy)");
    Console.WriteLine($"   raw single-row upserts/s of {updateBytes} B: {raw:F0} (CPU ms per upsert: load generator {rawSpent.BenchMs / upserts:F3}, " +
        $"all {rawSpent.MachineMs / upserts:F3}; machine {rawSpent.Busy:P0} busy); ratio {p1 / raw:F2} ({durability})");
    Console.WriteLine($"   over /hubs/updates: {hub:F0} durable updates/s (failed: {hubFailures}, {hubCommitsPerUpdate:F2} commits per update; CPU ms per update: " +
        $"web host {hubSpent.WebMs / hubUpdates:F3}, load generator {hubSpent.BenchMs / hubUpdates:F3}, all {hubSpent.MachineMs / hubUpdates:F3}; machine {hubSpent.Busy:P0} busy); ratio {hub / raw:F2}");
    results["p1HubUpdatesPerSec"] = Math.Round(hub);
    results["p1HubRatio"] = Math.Round(hub / raw, 3);
    results["p1HubFailures"] = hubFailures;
    results["p1HubCpuMsPerUpdate"] = new { webHost = hubSpent.WebMs is { } hubWeb ? Math.Round(hubWeb / hubUpdates, 3) : (double?)null, loadGenerator = Math.Round(hubSpent.BenchMs / hubUpdates, 3), machine = Math.Round(hubSpent.MachineMs / hubUpdates, 3), busy = Math.Round(hubSpent.Busy, 2) };
    results["p1UpdatesPerSec"] = Math.Round(p1);
    results["p1RawUpsertsPerSec"] = Math.Round(raw);
    results["p1RawPayloadBytes"] = updateBytes;
    results["p1Ratio"] = Math.Round(p1 / raw, 3);
    results["p1Writers"] = tasks.Count;
    results["p1Failures"] = failures;
    results["p1CommitsPerUpdate"] = Math.Round(commitsPerUpdate, 3);
    results["p1CpuMsPerUpdate"] = new { webHost = spent.WebMs is { } web ? Math.Round(web / updates, 3) : (double?)null, loadGenerator = Math.Round(spent.BenchMs / updates, 3), machine = Math.Round(spent.MachineMs / updates, 3), busy = Math.Round(spent.Busy, 2) };
    results["p1RawCpuMsPerUpsert"] = new { loadGenerator = Math.Round(rawSpent.BenchMs / upserts, 3), machine = Math.Round(rawSpent.MachineMs / upserts, 3), busy = Math.Round(rawSpent.Busy, 2) };
    results["dbDurability"] = durability;
}

if (options.Runs("p2"))
{
    var rate = options.Quick ? 100 : 200;
    var p2 = await HubLatency.Measure(deployment.Url, client, tasks, options.Clients, rate, options.Duration);
    Console.WriteLine($"P2 ack → hub client, {options.Clients} clients at {rate} updates/s: p50 {p2.P50:F1} ms, p99 {p2.P99:F1} ms (from sending: p50 {p2.SentP50:F1} ms, p99 {p2.SentP99:F1} ms; {p2.Deliveries} deliveries, {p2.Missing} missing)");
    results["p2Clients"] = options.Clients;
    results["p2UpdatesPerSec"] = rate;
    results["p2P50Ms"] = Math.Round(p2.P50, 1);
    results["p2P99Ms"] = Math.Round(p2.P99, 1);
    results["p2SentP50Ms"] = Math.Round(p2.SentP50, 1);
    results["p2SentP99Ms"] = Math.Round(p2.SentP99, 1);
    results["p2Missing"] = p2.Missing;
}

if (options.Runs("p3"))
{
    var (p3, p3Steps) = await ScreenCapacity.Measure(deployment.Url, client, tasks, options.Quick, options.Quick ? options.Duration : options.Duration / 2);
    Console.WriteLine($"P3 largest held with p99 ≤ {ScreenCapacity.P99LimitMs} ms: {p3?.Clients ?? 0} screens × {p3?.UpdatesPerSecond ?? 0} updates/s");
    results["p3Screens"] = p3?.Clients ?? 0;
    results["p3UpdatesPerSec"] = p3?.UpdatesPerSecond ?? 0;
    results["p3Steps"] = p3Steps.Select(s => new { screens = s.Clients, updatesPerSec = s.UpdatesPerSecond, p50Ms = Math.Round(s.P50, 1), p99Ms = Math.Round(s.P99, 1), sentP50Ms = Math.Round(s.SentP50, 1), sentP99Ms = Math.Round(s.SentP99, 1), missing = s.Missing, failures = s.Failures });
}

if (options.Runs("p4"))
{
    var p4 = await LargeCampaign.Measure(client, options.Quick);
    Console.WriteLine($"P4 {p4.Grids:N0} grids, {p4.Cases:N0} cases: snapshot {p4.SnapshotMs} ms, grid table {p4.GridTableMs} ms ({p4.GridTableKb} kB), grid stats {p4.GridStatsMs} ms, totals {p4.TotalsMs} ms");
    results["p4Grids"] = p4.Grids;
    results["p4Cases"] = p4.Cases;
    results["p4LoadSeconds"] = Math.Round(p4.LoadSeconds, 1);
    results["p4SnapshotMs"] = p4.SnapshotMs;
    results["p4GridTableMs"] = p4.GridTableMs;
    results["p4GridStatsMs"] = p4.GridStatsMs;
    results["p4CaseTotalsMs"] = p4.TotalsMs;
}

results["peakWorkingSetMb"] = deployment.PeakWorkingSetMb is { } mb ? Math.Round(mb) : null;
await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(File.ReadAllText(options.Out));
