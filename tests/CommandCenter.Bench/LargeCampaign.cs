using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace CommandCenter.Bench;

/// <summary>
/// P4: a campaign of 8 lines and 480 tasks with 1,000 grids and 100,000 cases (quick: 100 grids, 10,000 cases), loaded
/// through the public API; then how long the campaign snapshot, the grid table, one grid's statistics and the
/// campaign's case totals take to load.
/// </summary>
public static class LargeCampaign
{
    public sealed record Result(int Grids, int Cases, double LoadSeconds, double SnapshotMs, double GridTableMs, double GridStatsMs, double TotalsMs, int GridTableKb);

    public static async Task<Result> Measure(HttpClient client, bool quick)
    {
        var (grids, perGrid) = quick ? (100, 100) : (1000, 100);
        var id = "p4-" + Guid.NewGuid().ToString("N")[..6];
        var load = Stopwatch.StartNew();
        var campaign = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(GridCaseGenerator.CampaignCsv())), "file", "campaign.csv" },
            { new StringContent("P4 大干一百天"), "name" }, { new StringContent("2026-10-11"), "startDate" },
            { new StringContent("2027-01-18"), "endDate" }, { new StringContent(id), "id" },
        };
        await Ok(await client.PostAsync("/api/campaigns/import", campaign), "campaign import");
        var table = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(GridCaseGenerator.GridCsv(grids))), "file", "grids.csv" },
            { new StringContent(id), "campaignId" },
        };
        await Ok(await client.PostAsync("/api/grids/import", table), "grid import");

        var generator = new GridCaseGenerator();
        var now = DateTimeOffset.UtcNow;
        var batches = Enumerable.Range(1, grids).Select(i => (Code: GridCaseGenerator.GridCode(i), Cases: generator.Cases(perGrid, now))).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (batch, _) =>
            await Ok(await client.PostAsJsonAsync($"/api/grids/{batch.Code}/cases/import", batch.Cases), "case import"));
        load.Stop();
        Console.WriteLine($"P4 loaded {grids:N0} grids and {grids * perGrid:N0} cases in {load.Elapsed.TotalSeconds:F1} s");

        var random = new Random(4);
        var kb = (await client.GetByteArrayAsync("/api/grids")).Length / 1024;
        return new Result(grids, grids * perGrid, load.Elapsed.TotalSeconds,
            await Median(() => client.GetAsync($"/api/campaigns/{id}"), 20),
            await Median(() => client.GetAsync("/api/grids"), 20),
            await Median(() => client.GetAsync($"/api/grids/{GridCaseGenerator.GridCode(random.Next(1, grids + 1))}/stats"), 200),
            await Median(() => client.GetAsync($"/api/case-stats?campaignId={id}"), 20),
            kb);
    }

    private static async Task<double> Median(Func<Task<HttpResponseMessage>> request, int samples)
    {
        await Ok(await request(), "warm-up");
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var clock = Stopwatch.StartNew();
            await Ok(await request(), "measure");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return Math.Round(times[times.Count / 2], 1);
    }

    /// <summary>Reads the answer through, or fails the measure with the server's reason.</summary>
    internal static async Task Ok(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }
}
