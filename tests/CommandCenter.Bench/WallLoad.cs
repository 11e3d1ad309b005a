using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using IRequest = Microsoft.Playwright.IRequest;

namespace CommandCenter.Bench;

/// <summary>
/// The wall's download and first paint (docs/PERFORMANCE.md, "The wall's download"): Debian's Chromium, a fresh browser
/// context (cold cache) per run, opens the first campaign's wall with a display token; first paint is the page's time
/// (from navigation start) at which the campaign's name is on screen. The download is every resource the page loaded,
/// fetched again with <c>Accept-Encoding: br</c> and summed as served (Chromium does not offer Brotli over plain HTTP).
/// </summary>
public static class WallLoad
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public sealed record Result(long BrotliBytes, long WireBytes, int Resources, int Wasm, IReadOnlyList<double> FirstPaintMs, IReadOnlyList<string> Largest)
    {
        public double MedianMs => FirstPaintMs.Order().ElementAt(FirstPaintMs.Count / 2);
    }

    public static async Task<Result> Measure(Uri url, HttpClient admin, int runs)
    {
        var campaigns = await admin.GetFromJsonAsync<JsonElement>("/api/campaigns");
        var campaign = campaigns.EnumerateArray().First();
        var (id, name) = (campaign.GetProperty("id").GetString()!, campaign.GetProperty("name").GetString()!);
        var issued = await (await admin.PostAsJsonAsync("/api/display-tokens", new { name = "bench wall-load", campaignId = id })).Content.ReadFromJsonAsync<JsonElement>();
        var address = new Uri(url, $"/wall/{id}?pages=overview&token={Uri.EscapeDataString(issued.GetProperty("token").GetString()!)}");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        var paints = new List<double>();
        var resources = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var run = 0; run < runs; run++)
        {
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1920, Height = 1080 } });
            var page = await context.NewPageAsync();
            var finished = new List<IRequest>();
            page.RequestFinished += (_, request) => { lock (finished) { finished.Add(request); } };
            await page.GotoAsync(address.ToString());
            await page.WaitForFunctionAsync("name => document.body.innerText.includes(name)", name,
                new PageWaitForFunctionOptions { Timeout = 60_000 });
            paints.Add(await page.EvaluateAsync<double>("() => performance.now()"));
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            List<IRequest> loaded;
            lock (finished)
            {
                loaded = [.. finished];
            }

            foreach (var request in loaded.Where(r => r.Url.StartsWith(url.ToString(), StringComparison.Ordinal) && !r.Url.Contains("/hubs/", StringComparison.Ordinal)))
            {
                resources[request.Url] = (await request.SizesAsync()).ResponseBodySize;
            }
        }

        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None });
        var brotli = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var resource in resources.Keys)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, resource);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
            using var response = await http.SendAsync(request);
            brotli[resource] = (await response.Content.ReadAsByteArrayAsync()).LongLength;
        }

        var largest = brotli.OrderByDescending(r => r.Value).Take(8).Select(r => $"{new Uri(r.Key).AbsolutePath} {r.Value / 1024.0:F0} kB").ToList();
        return new Result(brotli.Values.Sum(), resources.Values.Sum(), resources.Count, resources.Keys.Count(k => k.Contains(".wasm", StringComparison.Ordinal)), paints, largest);
    }

    /// <summary>Runs the measure and prints it, with how long the whole measure took.</summary>
    public static async Task<Result> MeasureAndPrint(Uri url, HttpClient admin, int runs)
    {
        var clock = Stopwatch.StartNew();
        var result = await Measure(url, admin, runs);
        Console.WriteLine($"Wall: {result.BrotliBytes / 1048576.0:F2} MB as served with br ({result.Resources} resources, {result.Wasm} .wasm; Chromium received {result.WireBytes / 1048576.0:F2} MB), " +
            $"first paint median {result.MedianMs:F0} ms of [{string.Join(", ", result.FirstPaintMs.Select(ms => ms.ToString("F0")))}] ({clock.Elapsed.TotalSeconds:F0} s)");
        Console.WriteLine("   largest: " + string.Join("; ", result.Largest));
        return result;
    }
}
