using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace CommandCenter.Bench;

/// <summary>
/// Weeks without a touch, in hours (docs/PERFORMANCE.md, "Soak"): one wall open in Debian's Chromium on the demo
/// campaign, rotating through every page, while <see cref="SoakDriver"/> sends a steady rate of changes through the
/// public API; every minute a forced garbage collection and a <see cref="SoakSample"/>, each written to its own file
/// as it is taken, so a long run can be read while it runs. A crashed or broken page is opened again and counted.
/// </summary>
public static class WallSoak
{
    public const string CampaignId = "dagan100";

    /// <summary>Every page of the wall, the map included (the demo's grids have boundaries).</summary>
    public const string Pages = "overview,tasks,reports,grids,ranking,map";

    /// <summary>
    /// Near the wall's shortest rotation (15 s), and not a divisor of the minute between samples, so the samples fall
    /// on every page in turn (with 15 s and six pages they would land on the same three).
    /// </summary>
    public const int RotationSeconds = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>What the screen shows, read from its markup.</summary>
    private const string ScreenScript = """
        async () => {
            let managed = null;
            try { managed = globalThis.DotNet ? await globalThis.DotNet.invokeMethodAsync('CommandCenter.Wall', 'ManagedHeapBytes') : null; } catch { managed = null; }
            const main = document.querySelector('.cc-wall main');
            const board = main ? (main.classList.contains('cc-wall-body') ? 'overview' : main.className.replace(/^cc-|-board$/g, '')) : null;
            const link = document.querySelector('[data-connection]');
            let wasm = null;
            try {
                const runtime = globalThis.getDotnetRuntime ? globalThis.getDotnetRuntime(0) : null;
                wasm = runtime ? (runtime.localHeapViewU8 ? runtime.localHeapViewU8().byteLength : runtime.Module.HEAPU8.byteLength) : null;
            } catch { wasm = null; }
            return {
                board,
                connection: link ? link.getAttribute('data-connection') : null,
                stale: link ? link.getAttribute('data-stale') === 'true' : null,
                feed: document.querySelectorAll('.cc-feed-item').length,
                ticks: document.querySelectorAll('.cc-case-tick').length,
                mapCases: document.querySelectorAll('.cc-map-case').length,
                wasm,
                managed,
            };
        }
        """;

    public sealed record Result(string Directory, Uri Address, int? WebPid, SoakSummary Summary, IReadOnlyList<SoakSample> Samples);

    public static async Task<Result> Run(Deployment deployment, BenchOptions options)
    {
        var directory = options.SoakDir ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.Out))!, Path.GetFileNameWithoutExtension(options.Out) + "-soak");
        Directory.CreateDirectory(directory);
        var driver = new SoakDriver(deployment.Url, CampaignId, options.SoakRate);
        await driver.Prepare();
        var address = await Address(deployment);
        var pid = options.WebPid ?? LocalProcess.ListeningOn(deployment.Url);
        Func<double?> rss = deployment.RssMb is not null ? () => deployment.RssMb : pid is { } p ? () => LocalProcess.RssMb(p) : () => null;
        Console.WriteLine($"Soak: {options.SoakMinutes} min at {options.SoakRate} changes/s, wall {address.GetLeftPart(UriPartial.Path)}?pages={Pages}&interval={RotationSeconds}; " +
            $"web host pid {pid?.ToString(CultureInfo.InvariantCulture) ?? "unknown"}; samples in {directory}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WallLoad.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // A wall is always in front: nothing of it may be throttled as a background tab would be.
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows",
            ],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
        var screen = new Screen(context, address);
        await screen.Open();

        using var stop = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var load = Task.Run(() => driver.Run(stop.Token));
        var samples = new List<SoakSample>();
        await using (var log = new StreamWriter(Path.Combine(directory, "samples.jsonl"), append: false) { AutoFlush = true })
        {
            for (var minute = 0; minute <= options.SoakMinutes; minute++)
            {
                var wait = TimeSpan.FromMinutes(minute) - clock.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var sample = await screen.Sample(clock.Elapsed, driver, rss);
                samples.Add(sample);
                await File.WriteAllTextAsync(Path.Combine(directory, $"sample-{minute:D4}.json"), JsonSerializer.Serialize(sample, Json));
                await log.WriteLineAsync(JsonSerializer.Serialize(sample, JsonSerializerOptions.Web));
                Console.WriteLine($"Soak minute {minute}: heap {Mb(sample.JsHeapUsedSize)} MB, nodes {sample.Nodes}, listeners {sample.JsEventListeners}, documents {sample.Documents}, " +
                    $"wasm {Mb(sample.WasmMemory)} MB, .NET heap {Mb(sample.ManagedHeap)} MB, renderer {sample.RendererRssMb:F0} MB, web host {sample.WebRssMb:F0} MB, {sample.Board} {sample.Connection}, {sample.Updates} updates ({sample.Failures} failed), {sample.CaseSteps} case steps" +
                    (sample.Error is null ? "" : $"; error: {sample.Error}"));
            }
        }

        await stop.CancelAsync();
        await load;
        var summary = SoakSummary.Of(samples, SoakSummary.WarmUpFor(options.SoakMinutes), clock.Elapsed);
        var result = new Result(directory, new Uri(address.GetLeftPart(UriPartial.Path)), pid, summary, samples);
        await File.WriteAllTextAsync(Path.Combine(directory, "summary.json"), JsonSerializer.Serialize(new { summary, load = driver.Json, held = summary.Held }, Json));
        Console.WriteLine($"Soak {summary.Minutes} min: JS heap {Mb(summary.HeapAtWarmUp)} MB at minute {summary.WarmUpMinute} → {Mb(summary.HeapAtEnd)} MB at the end ({summary.HeapGrowthPct:+0.0;-0.0;0} %, " +
            $"medians of five {summary.HeapMedianGrowthPct:+0.0;-0.0;0} %; max {Mb(summary.HeapMax)} MB), nodes {summary.Nodes.First} → {summary.Nodes.Last} (max {summary.Nodes.Max}), " +
            $"listeners {summary.Listeners.First} → {summary.Listeners.Last} (max {summary.Listeners.Max}), wasm {Mb(summary.WasmMemory.AtWarmUp)} → {Mb(summary.WasmMemory.Last)} MB, .NET heap {Mb(summary.ManagedHeap.AtWarmUp)} → {Mb(summary.ManagedHeap.Last)} MB (max {Mb(summary.ManagedHeap.Max)}), " +
            $"renderer {summary.RendererRss.AtWarmUp} → {summary.RendererRss.Last} MB, web host {summary.WebRssAtWarmUpMb} → {summary.WebRssAtEndMb} MB; {summary.ChangesPerSecond} changes/s, {summary.Crashes} crashes, {summary.PageErrors} page errors; goal ≤ {SoakSummary.GoalPct} %: {(summary.Held is true ? "held" : "not held")}");
        return result;
    }

    private static string Mb(long? bytes) => bytes is { } b ? (b / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) : "?";

    /// <summary>The wall of the demo campaign with a display token of its own, rotating through every page.</summary>
    private static async Task<Uri> Address(Deployment deployment)
    {
        using var admin = await deployment.AdminClient();
        using var response = await admin.PostAsJsonAsync("/api/display-tokens", new { name = "bench soak", campaignId = CampaignId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return new Uri(deployment.Url, $"/wall/{CampaignId}?pages={Pages}&interval={RotationSeconds}&token={Uri.EscapeDataString(token)}");
    }

    /// <summary>The one page the soak keeps open, with its DevTools session; opened again if it crashes or stops answering.</summary>
    private sealed class Screen(IBrowserContext context, Uri address)
    {
        private IPage? _page;
        private ICDPSession? _cdp;
        private int _navigations, _crashes, _errors;

        public async Task Open()
        {
            if (_page is not null)
            {
                try
                {
                    await _page.CloseAsync();
                }
                catch (PlaywrightException)
                {
                    // Already gone with its renderer.
                }

                _page = null;
            }

            var page = await context.NewPageAsync();
            page.FrameNavigated += (_, frame) => { if (frame == page.MainFrame) { Interlocked.Increment(ref _navigations); } };
            page.Crash += (_, _) => Interlocked.Increment(ref _crashes);
            page.PageError += (_, _) => Interlocked.Increment(ref _errors);
            page.Console += (_, message) => { if (message.Type == "error") { Interlocked.Increment(ref _errors); } };
            await page.GotoAsync(address.ToString());
            await page.WaitForSelectorAsync("[data-connection=\"Live\"]", new PageWaitForSelectorOptions { Timeout = 120_000 });
            _page = page;
            _cdp = await context.NewCDPSessionAsync(page);
            await _cdp.SendAsync("Performance.enable");
        }

        public async Task<SoakSample> Sample(TimeSpan at, SoakDriver driver, Func<double?> rss)
        {
            var minute = Math.Round(at.TotalMinutes, 2);
            try
            {
                var before = await _page!.EvaluateAsync<JsonElement>(ScreenScript);
                await _cdp!.SendAsync("HeapProfiler.collectGarbage");
                var metrics = (await _cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
                    .ToDictionary(m => m.GetProperty("name").GetString()!, m => (long)m.GetProperty("value").GetDouble(), StringComparer.Ordinal);
                var screen = await _page.EvaluateAsync<JsonElement>(ScreenScript);
                return new SoakSample(minute, DateTimeOffset.UtcNow, metrics.GetValueOrDefault("JSHeapUsedSize"), metrics.GetValueOrDefault("JSHeapTotalSize"),
                    metrics.GetValueOrDefault("Nodes"), metrics.GetValueOrDefault("JSEventListeners"), metrics.GetValueOrDefault("Documents"),
                    screen.GetProperty("wasm").ValueKind == JsonValueKind.Number ? screen.GetProperty("wasm").GetInt64() : null,
                    screen.GetProperty("managed").ValueKind == JsonValueKind.Number ? screen.GetProperty("managed").GetInt64() : null,
                    LocalProcess.LargestRendererRssMb(Environment.ProcessId), rss(),
                    // A page that rotated while the sample was taken is named by neither.
                    Text(screen, "board") == Text(before, "board") ? Text(screen, "board") : null, Text(screen, "connection"), screen.GetProperty("stale").ValueKind == JsonValueKind.True,
                    screen.GetProperty("feed").GetInt32(), screen.GetProperty("ticks").GetInt32(), screen.GetProperty("mapCases").GetInt32(),
                    driver.Updates, driver.Failures, driver.CaseSteps, _navigations, _crashes, _errors);
            }
            catch (PlaywrightException e)
            {
                var failed = new SoakSample(minute, DateTimeOffset.UtcNow, null, null, null, null, null, null, null, LocalProcess.LargestRendererRssMb(Environment.ProcessId), rss(), null, null, null, null, null, null,
                    driver.Updates, driver.Failures, driver.CaseSteps, _navigations, _crashes, _errors, e.Message.Split('\n')[0]);
                await Reopen();
                return failed;
            }
        }

        private async Task Reopen()
        {
            try
            {
                await Open();
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                // The next sample records the failure again and tries once more.
            }
        }

        private static string? Text(JsonElement screen, string name) =>
            screen.GetProperty(name).ValueKind == JsonValueKind.String ? screen.GetProperty(name).GetString() : null;
    }
}
