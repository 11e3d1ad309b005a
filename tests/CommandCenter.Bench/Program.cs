using System.Text.Json;
using CommandCenter.Bench;

// Measures a CommandCenter deployment through its public API and hub; prints and writes the results as JSON.
var options = BenchOptions.Parse(args);
await using var deployment = await Deployment.StartAsync(options);
using var client = await deployment.AdminClient();
// P2 and P3 update the demo campaign's quantity tasks; P1 gives each writer a task of its own.
var tasks = await DurableUpdates.QuantityTasks(client);
var writerTasks = options.Runs("p1") ? await DurableUpdates.Writers(client, options.WriterSteps.Max()) : tasks;
Console.WriteLine($"Measuring {deployment.Url}, {options.Duration.TotalSeconds} s per measure");
var results = new Dictionary<string, object?>
{
    ["date"] = DateTimeOffset.UtcNow,
    ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
    ["quick"] = options.Quick,
};

if (options.Runs("p1"))
{
    var steps = new List<P1Step>();
    foreach (var writers in options.WriterSteps)
    {
        var step = await DurableWriteLimit.Measure(deployment, client, writerTasks.Take(writers).ToList(), options);
        steps.Add(step);
        Console.WriteLine($"P1 step, {writers} writers: over HTTP {step.Http.PerSecond:F0} durable updates/s (failed: {step.Http.Failures}, {step.Http.CommitsPerWrite:F2} commits per update; {step.Http.Cpu})");
        Console.WriteLine($"   over /hubs/updates {step.Hub.PerSecond:F0} (failed: {step.Hub.Failures}, {step.Hub.CommitsPerWrite:F2} commits per update; {step.Hub.Cpu})");
        Console.WriteLine($"   raw single-row upserts of {step.RawPayloadBytes} B from {writers} connections {step.Raw.PerSecond:F0}/s ({step.Raw.Cpu})");
    }

    // Each side at the concurrency where it did most, both measured in this run on this database.
    var http = steps.MaxBy(s => s.Http.PerSecond)!;
    var hub = steps.MaxBy(s => s.Hub.PerSecond)!;
    var raw = steps.MaxBy(s => s.Raw.PerSecond)!;
    var durability = await RawUpserts.Durability(deployment.ConnectionString);
    Console.WriteLine($"P1 durable updates/s: {http.Http.PerSecond:F0} over HTTP ({http.Writers} writers), {hub.Hub.PerSecond:F0} over /hubs/updates ({hub.Writers} writers); " +
        $"raw limit {raw.Raw.PerSecond:F0} upserts/s ({raw.Writers} connections); ratio {http.Http.PerSecond / raw.Raw.PerSecond:F2} over HTTP, {hub.Hub.PerSecond / raw.Raw.PerSecond:F2} over the hub ({durability})");
    results["p1UpdatesPerSec"] = Math.Round(http.Http.PerSecond);
    results["p1RawUpsertsPerSec"] = Math.Round(raw.Raw.PerSecond);
    results["p1Ratio"] = Math.Round(http.Http.PerSecond / raw.Raw.PerSecond, 3);
    results["p1HubUpdatesPerSec"] = Math.Round(hub.Hub.PerSecond);
    results["p1HubRatio"] = Math.Round(hub.Hub.PerSecond / raw.Raw.PerSecond, 3);
    results["p1Writers"] = http.Writers;
    results["p1HubWriters"] = hub.Writers;
    results["p1RawWriters"] = raw.Writers;
    results["p1RawPayloadBytes"] = raw.RawPayloadBytes;
    results["p1Failures"] = steps.Sum(s => s.Http.Failures + s.Hub.Failures);
    results["p1CommitsPerUpdate"] = http.Http.CommitsPerWrite is { } commits ? Math.Round(commits, 3) : null;
    results["p1Steps"] = steps.Select(s => new { writers = s.Writers, rawPayloadBytes = s.RawPayloadBytes, http = s.Http.Json, hub = s.Hub.Json, raw = s.Raw.Json }).ToList();
    results["dbDurability"] = durability;
}

if (options.Runs("p2"))
{
    var rate = options.Quick ? 100 : 200;
    var p2 = await HubLatency.Measure(deployment.Url, client, tasks, options.Clients, rate, options.Duration);
    Console.WriteLine($"P2 ack → hub client, {options.Clients} clients at {rate} updates/s: p50 {p2.P50:F1} ms, p99 {p2.P99:F1} ms (from sending: p50 {p2.SentP50:F1} ms, p99 {p2.SentP99:F1} ms; {p2.Deliveries} deliveries, {p2.Missing} missing; {p2.CompleteScreens} of {options.Clients} screens ended with every task's final state)");
    results["p2Clients"] = options.Clients;
    results["p2UpdatesPerSec"] = rate;
    results["p2P50Ms"] = Math.Round(p2.P50, 1);
    results["p2P99Ms"] = Math.Round(p2.P99, 1);
    results["p2SentP50Ms"] = Math.Round(p2.SentP50, 1);
    results["p2SentP99Ms"] = Math.Round(p2.SentP99, 1);
    results["p2Missing"] = p2.Missing;
    results["p2CompleteScreens"] = p2.CompleteScreens;
}

if (options.Runs("p3"))
{
    var (p3, p3Steps) = await ScreenCapacity.Measure(deployment, client, tasks, options.ScreenSteps ?? ScreenCapacity.Steps(options.Quick), options.Quick ? options.Duration : options.Duration / 2, options.AllSteps);
    Console.WriteLine($"P3 largest held with p99 ≤ {ScreenCapacity.P99LimitMs} ms: {p3?.Clients ?? 0} screens × {p3?.UpdatesPerSecond ?? 0} updates/s");
    results["p3Screens"] = p3?.Clients ?? 0;
    results["p3UpdatesPerSec"] = p3?.UpdatesPerSecond ?? 0;
    results["p3Steps"] = p3Steps.Select(step => step.Latency is var s ? new
    {
        screens = s.Clients, updatesPerSec = s.UpdatesPerSecond, p50Ms = Math.Round(s.P50, 1), p99Ms = Math.Round(s.P99, 1), sentP50Ms = Math.Round(s.SentP50, 1),
        sentP99Ms = Math.Round(s.SentP99, 1), missing = s.Missing, failures = s.Failures, completeScreens = s.CompleteScreens,
        peakRssMb = s.PeakRssMb is { } mb ? Math.Round(mb) : (double?)null, boundBy = step.BoundBy,
    } : null);
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

if (options.Runs("p5"))
{
    var p5 = await AssessmentStandings.Measure(client, options.Quick);
    Console.WriteLine($"P5 standings after a change, {p5.Units} units / {p5.Grids:N0} grids / {p5.Cases:N0} cases: units p50 {p5.UnitsP50Ms} ms (max {p5.UnitsMaxMs}), grids p50 {p5.GridsP50Ms} ms (max {p5.GridsMaxMs}), {p5.Samples} samples each");
    results["p5Units"] = p5.Units;
    results["p5Grids"] = p5.Grids;
    results["p5Cases"] = p5.Cases;
    results["p5UnitsP50Ms"] = p5.UnitsP50Ms;
    results["p5UnitsMaxMs"] = p5.UnitsMaxMs;
    results["p5GridsP50Ms"] = p5.GridsP50Ms;
    results["p5GridsMaxMs"] = p5.GridsMaxMs;
}

// Only when asked for: the wall is served from a publish (point --url at one); the host this program starts runs from
// the build output, which serves no static web assets in Production.
if (options.Measures.Contains("wall"))
{
    var wall = await WallLoad.MeasureAndPrint(deployment.Url, client, options.Quick ? 3 : 5);
    results["wallBrotliBytes"] = wall.BrotliBytes;
    results["wallWireBytes"] = wall.WireBytes;
    results["wallResources"] = wall.Resources;
    results["wallFirstPaintMedianMs"] = Math.Round(wall.MedianMs);
    results["wallFirstPaintMs"] = wall.FirstPaintMs.Select(ms => Math.Round(ms)).ToList();
}

// Only when asked for, and for as long as asked (--soak-minutes): a wall kept open under a steady rate of changes.
if (options.Measures.Contains("soak"))
{
    var soak = await WallSoak.Run(deployment, options);
    results["soak"] = JsonSerializer.SerializeToElement(new
    {
        minutes = options.SoakMinutes, changesPerSecond = options.SoakRate, pages = WallSoak.Pages, rotationSeconds = WallSoak.RotationSeconds,
        wall = soak.Address, webPid = soak.WebPid, samplesIn = soak.Directory, held = soak.Summary.Held, summary = soak.Summary, samples = soak.Samples,
    }, JsonSerializerOptions.Web);
}

results["peakWorkingSetMb"] = deployment.PeakWorkingSetMb is { } mb ? Math.Round(mb) : null;
await File.WriteAllTextAsync(options.Out, JsonSerializer.Serialize(results, new JsonSerializerOptions { WriteIndented = true }));
Console.WriteLine(File.ReadAllText(options.Out));
