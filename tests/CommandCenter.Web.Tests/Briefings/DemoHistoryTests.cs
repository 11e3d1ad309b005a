using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using CommandCenter.Domain;
using CommandCenter.Grids;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>With <c>Demo:History=true</c> (the product's default) the demo drive starts in the middle of its course.</summary>
public sealed class DemoHistoryTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>
{
    private static readonly Dictionary<string, string?> History = new() { ["Demo:History"] = "true" };

    private static DateOnly ThisWeek => ReportWeek.Current(TimeProvider.System, "Asia/Shanghai");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_demo_has_bounded_grids_six_weeks_of_cases_and_issues_1_and_2_and_a_restart_seeds_none_of_it_again()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        string before;
        var started = Stopwatch.StartNew();
        await using (var first = CommandCenterApp.Start(connectionString, settings: History))
        {
            var reader = first.Reader();
            await reader.GetAsync("/health/ready");
            Console.WriteLine($"Host with Demo:History=true ready in {started.Elapsed.TotalSeconds:F1} s");

            await GridsTileTheCity(first);
            await CasesSpreadOverSixWeeks(reader);
            await TwoIssuesArePublished(reader);
            before = await Seeded(reader);
        }

        await using var second = CommandCenterApp.Start(connectionString, settings: History);
        var again = second.Reader();
        Assert.Equal(before, await Seeded(again));

        // The office's next publication continues the numbering.
        var published = await (await (await second.AdminClient()).PostAsync($"/api/campaigns/dagan100/briefings/{Day(ThisWeek)}/publish", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3, published.GetProperty("number").GetInt32());
    }

    private static async Task GridsTileTheCity(CommandCenterApp app)
    {
        var grids = (await app.Service<IGrainFactory>().GetGrain<IGridDirectoryGrain>(IGridDirectoryGrain.Key).List()).Select(r => r.Grid).ToList();
        Assert.Equal(16, grids.Count);
        Assert.All(grids, g => Assert.True(g is { CampaignId: "dagan100", GridHead.Length: > 0, Name.Length: > 0 }, g.Code));
        Assert.Equal([4, 4, 4, 4], grids.GroupBy(g => g.District).Select(d => d.Count()));

        // Each boundary is a closed rectangle ring; neighbours share edges exactly: a 4 × 4 tessellation has 24 inner
        // edges (each in two polygons) and 16 on its outline.
        var edges = new Dictionary<string, int>();
        foreach (var grid in grids)
        {
            using var json = JsonDocument.Parse(grid.GeoJson!);
            Assert.Equal("Polygon", json.RootElement.GetProperty("type").GetString());
            var ring = json.RootElement.GetProperty("coordinates")[0].EnumerateArray()
                .Select(p => (Lon: p[0].GetDecimal(), Lat: p[1].GetDecimal())).ToList();
            Assert.Equal(5, ring.Count);
            Assert.Equal(ring[0], ring[^1]);
            Assert.All(ring, p => Assert.True(p is { Lon: > 116m and < 117m, Lat: > 31m and < 32m }, $"{grid.Code} {p}"));
            for (var i = 0; i < 4; i++)
            {
                var edge = string.Join("|", new[] { ring[i], ring[i + 1] }.Select(p => $"{p.Lon},{p.Lat}").Order());
                edges[edge] = edges.GetValueOrDefault(edge) + 1;
            }
        }

        Assert.Equal(24, edges.Values.Count(n => n == 2));
        Assert.Equal(16, edges.Values.Count(n => n == 1));
    }

    private static async Task CasesSpreadOverSixWeeks(HttpClient reader)
    {
        var all = await reader.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=source");
        var total = all.GetProperty("total");
        int Count(JsonElement stats, string name) => stats.GetProperty(name).GetInt32();
        Assert.InRange(Count(total, "received"), 300, 700);
        Assert.Equal(5, all.GetProperty("groups").GetArrayLength());
        Assert.True(Count(total, "closedOnTime") > Count(total, "received") / 2);
        Assert.True(Count(total, "closed") > Count(total, "closedOnTime"), "some closed late");
        Assert.True(Count(total, "reworked") > 0);
        Assert.True(Count(total, "overdue") > 0);
        Assert.True(Count(total, "notAccepted") > 0);

        var categories = await reader.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=category");
        Assert.True(categories.GetProperty("groups").GetArrayLength() >= 6);
        var grids = await reader.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=grid");
        Assert.Equal(16, grids.GetProperty("groups").GetArrayLength());
        var districts = await reader.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=district");
        Assert.Equal(["三里桥街道", "东市街道", "中市街道", "西市街道"], districts.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("label").GetString()!).Order(StringComparer.Ordinal));

        for (var back = 1; back <= 6; back++)
        {
            var week = ThisWeek.AddDays(-7 * back);
            var stats = await reader.GetFromJsonAsync<JsonElement>($"/api/case-stats?campaignId=dagan100&from={Day(week)}&to={Day(week.AddDays(6))}");
            Assert.InRange(Count(stats.GetProperty("total"), "received"), 30, 100);
        }

        // The ledger and the grid table show them too.
        var ledger = await reader.GetFromJsonAsync<JsonElement>("/api/ledger/cases?campaignId=dagan100&overdue=true");
        Assert.True(ledger.GetProperty("total").GetInt32() > 0);
        var table = await reader.GetFromJsonAsync<JsonElement>("/api/grids");
        Assert.All(table.EnumerateArray(), g => Assert.True(g.GetProperty("received").GetInt32() > 0));
    }

    private static async Task TwoIssuesArePublished(HttpClient reader)
    {
        var list = await reader.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings");
        Assert.Equal([(Day(ThisWeek.AddDays(-7)), 2), (Day(ThisWeek.AddDays(-14)), 1)],
            list.EnumerateArray().Select(b => (b.GetProperty("week").GetString(), b.GetProperty("number").GetInt32())));
        foreach (var back in new[] { 1, 2 })
        {
            var week = ThisWeek.AddDays(-7 * back);
            var issue = await reader.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{Day(week)}");
            Assert.True(issue.GetProperty("published").GetBoolean());
            Assert.Equal(1, issue.GetProperty("revision").GetInt32());
            var briefing = issue.GetProperty("briefing");
            Assert.NotEqual("", briefing.GetProperty("editorNote").GetString());
            Assert.True(issue.GetProperty("publishedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow);

            // Its case figures are the week's cases, as the period statistics count them.
            var stats = await reader.GetFromJsonAsync<JsonElement>($"/api/case-stats?campaignId=dagan100&from={Day(week)}&to={Day(week.AddDays(6))}");
            Assert.Equal(stats.GetProperty("total").GetProperty("received").GetInt32(), briefing.GetProperty("cases").GetProperty("received").GetInt32());
        }

        // Last week's issue names the unit that never reported (DemoWeeks).
        var last = await reader.GetFromJsonAsync<JsonElement>($"/api/campaigns/dagan100/briefings/{Day(ThisWeek.AddDays(-7))}");
        Assert.Contains(last.GetProperty("briefing").GetProperty("lateUnits").EnumerateArray(), u => u.GetProperty("status").GetString() == "missing");
    }

    /// <summary>What the seeding made, as one comparable text: grids, cases per source, published briefings.</summary>
    private static async Task<string> Seeded(HttpClient reader) =>
        string.Join("\n",
            (await reader.GetFromJsonAsync<JsonElement>("/api/grids")).GetArrayLength(),
            (await reader.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=source")).GetProperty("groups").GetRawText(),
            (await reader.GetFromJsonAsync<JsonElement>("/api/campaigns/dagan100/briefings")).GetRawText());
}
