using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;

namespace CommandCenter.Bench;

/// <summary>
/// P5: a campaign of 200 units (1,000 tasks) with 1,000 grids and 20,000 cases this month and last (quick: 100 grids,
/// 2,000 cases), loaded through the public API; then, after each change (an adjustment), how long the unit standings
/// and the grid standings take to recompute and answer (<c>GET …/standings</c>, computed afresh on every request).
/// </summary>
public static class AssessmentStandings
{
    public sealed record Result(int Units, int Grids, int Cases, double UnitsP50Ms, double UnitsMaxMs, double GridsP50Ms, double GridsMaxMs, int Samples);

    public static async Task<Result> Measure(HttpClient client, bool quick)
    {
        var (grids, perGrid, samples) = quick ? (100, 20, 10) : (1000, 20, 40);
        var id = "p5-" + Guid.NewGuid().ToString("N")[..6];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var campaign = new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(Table(units: 200, tasks: 1000, today.AddDays(50)))), "file", "campaign.csv" },
            { new StringContent("P5 考核排名"), "name" }, { new StringContent(today.AddDays(-45).ToString("yyyy-MM-dd")), "startDate" },
            { new StringContent(today.AddDays(55).ToString("yyyy-MM-dd")), "endDate" }, { new StringContent(id), "id" },
        };
        await Ok(await client.PostAsync("/api/campaigns/import", campaign), "campaign import");
        await Ok(await client.PostAsync("/api/grids/import", new MultipartFormDataContent
        {
            { new ByteArrayContent(Encoding.UTF8.GetBytes(GridCaseGenerator.GridCsv(grids).Replace("G", "Q"))), "file", "grids.csv" }, { new StringContent(id), "campaignId" },
        }), "grid import");
        var generator = new GridCaseGenerator();
        var now = DateTimeOffset.UtcNow;
        await Parallel.ForEachAsync(Enumerable.Range(1, grids), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
            await Ok(await client.PostAsJsonAsync($"/api/grids/Q{i:D4}/cases/import", generator.Cases(perGrid, now)), "case import"));

        var units = await Time(client, $"/api/campaigns/{id}/standings?subjects=units", id, samples);
        var gridTimes = await Time(client, $"/api/campaigns/{id}/standings?subjects=grids", id, samples);
        return new Result(200, grids, grids * perGrid, units.P50, units.Max, gridTimes.P50, gridTimes.Max, samples);
    }

    /// <summary>The campaign table: tasks spread over <paramref name="units"/> owner units, eight lines led by the first eight.</summary>
    private static string Table(int units, int tasks, DateOnly due)
    {
        var csv = new StringBuilder("line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,unit_of_measure,due_date\n");
        for (var t = 0; t < tasks; t++)
        {
            var line = t % 8 + 1;
            csv.Append($"{line},工作线{line},单位{line:D3},领导{line},{line}.{t / 8 + 1},任务{t},单位{t % units + 1:D3},quantity,100,件,{due:yyyy-MM-dd}\n");
        }

        return csv.ToString();
    }

    /// <summary>Per sample: a change (an adjustment of one unit), then the standings read, timed.</summary>
    private static async Task<(double P50, double Max)> Time(HttpClient client, string path, string id, int samples)
    {
        await Ok(await client.GetAsync(path), "warm-up");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            await Ok(await client.PostAsJsonAsync($"/api/campaigns/{id}/adjustments", new { subject = $"单位{i % 200 + 1:D3}", points = i % 2 == 0 ? 1 : -1, reason = "基准测试", date = today }), "adjustment");
            var clock = Stopwatch.StartNew();
            await Ok(await client.GetAsync(path), "standings");
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (Math.Round(times[times.Count / 2], 1), Math.Round(times[^1], 1));
    }

    private static Task Ok(HttpResponseMessage response, string what) => LargeCampaign.Ok(response, what);
}
