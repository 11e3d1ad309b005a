using System.Text.Json;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>
/// Period statistics (seed 001: "受理…13271件，处置13263件，处置率99.56%") from <c>/api/case-stats</c> on a generated set of
/// cases whose expected counts the test computes itself, by source, by month (in Shanghai) and by district.
/// </summary>
public sealed class CaseStatsPeriodTests(PostgresFixture postgres) : AppTests(postgres)
{
    private const string Grids = """
        网格长,网格名称,网格编号,所属街道
        张三,城北一网格,JA-001,城北街道
        李四,城北二网格,JA-002,城北街道
        王五,城南一网格,JA-003,城南街道
        赵六,城南二网格,JA-004,城南街道
        """;

    private static readonly Dictionary<string, string> District = new() { ["JA-001"] = "城北街道", ["JA-002"] = "城北街道", ["JA-003"] = "城南街道", ["JA-004"] = "城南街道" };
    private static readonly string[] Statuses = ["reported", "dispatched", "handling", "rectified", "verified", "closed", "rework"];
    private static readonly string[] Sources = ["patrol", "hotline", "media", "inspection", "digitalCenter"];
    private static readonly (string Category, string Subcategory)[] Kinds = [("市容环境", "暴露垃圾"), ("街面秩序", "占道经营"), ("设施管理", "路灯不亮"), ("排水防汛", "排水管道堵塞")];
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>A generated case and what it must count for. Old cases (37–80 days ago) that are open are overdue, recent ones (minutes ago) not; closed ones close a minute after reporting (on time) or 60 days after (late).</summary>
    private sealed record Generated(string Grid, string Source, string Status, DateTimeOffset ReportedAt, int Rework, DateTimeOffset? ClosedAt, (string Category, string Subcategory) Kind)
    {
        public bool Handled => Rework > 0 || Status is "rectified" or "verified" or "closed" or "rework";
        public bool OnTime => ClosedAt is { } at && at - ReportedAt < TimeSpan.FromHours(1);
        public bool Overdue => Status != "closed" && DateTimeOffset.UtcNow - ReportedAt > TimeSpan.FromDays(30);
        public string Month => TimeZoneInfo.ConvertTime(ReportedAt, Shanghai).ToString("yyyy-MM");
    }

    private static List<Generated> Generate(DateTimeOffset now)
    {
        var random = new Random(20261201);
        return Enumerable.Range(0, 320).Select(i =>
        {
            var status = Statuses[random.Next(Statuses.Length)];
            var recent = status != "closed" && random.Next(4) == 0;
            var reported = recent ? now.AddMinutes(-random.Next(2, 30)) : now.AddDays(-37 - random.Next(0, 43)).AddMinutes(-random.Next(0, 1440));
            DateTimeOffset? closed = status == "closed" ? reported.AddMinutes(random.Next(2) == 0 ? 1 : 60 * 24 * 60) : null;
            if (closed > now)
            {
                closed = null;
                status = "verified";
            }

            var kind = recent ? Kinds[3] : Kinds[random.Next(Kinds.Length)]; // recent ones: a two-day limit
            return new Generated($"JA-00{1 + random.Next(4)}", Sources[random.Next(Sources.Length)], status, reported,
                status is "rework" or "handling" or "closed" && random.Next(3) == 0 ? 1 + random.Next(2) : status == "rework" ? 1 : 0, closed, kind);
        }).ToList();
    }

    private static void AssertGroups(JsonElement answer, IEnumerable<IGrouping<string, Generated>> expected)
    {
        var groups = answer.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("stats"));
        var wanted = expected.ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(wanted.Keys.Order(), groups.Keys.Order());
        foreach (var (key, cases) in wanted)
        {
            var stats = groups[key];
            var counts = (stats.GetProperty("received").GetInt32(), stats.GetProperty("handled").GetInt32(), stats.GetProperty("closed").GetInt32(),
                stats.GetProperty("closedOnTime").GetInt32(), stats.GetProperty("reworked").GetInt32(), stats.GetProperty("overdue").GetInt32());
            Assert.Equal((cases.Count, cases.Count(c => c.Handled), cases.Count(c => c.Status == "closed"), cases.Count(c => c.OnTime),
                cases.Count(c => c.Rework > 0), cases.Count(c => c.Overdue)), counts);
            Assert.Equal((double)cases.Count(c => c.Handled) / cases.Count, stats.GetProperty("handlingRate").GetDouble(), 9);
            Assert.Equal((double)cases.Count(c => c.Status == "closed") / cases.Count, stats.GetProperty("closureRate").GetDouble(), 9);
        }
    }

    [Fact]
    public async Task Period_figures_by_source_month_and_district_match_counts_made_from_the_generated_cases()
    {
        var office = await App.AdminClient();
        await GridFiles.Import(office, Grids, "dagan100");
        var now = DateTimeOffset.UtcNow;
        var cases = Generate(now);
        foreach (var grid in cases.GroupBy(c => c.Grid))
        {
            var body = grid.Select(c => new
            {
                category = c.Kind.Category, subcategory = c.Kind.Subcategory, source = c.Source, description = "生成的案件", reportedAt = c.ReportedAt,
                reportedBy = "generator", status = c.Status, unit = c.Status == "reported" ? null : "城管执法大队", reworkCount = c.Rework, closedAt = c.ClosedAt, verifier = c.ClosedAt is null ? null : "核查员",
            });
            var response = await office.PostAsJsonAsync($"/api/grids/{grid.Key}/cases/import", body);
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }

        var bySource = await office.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=source");
        AssertGroups(bySource, cases.GroupBy(c => c.Source));
        Assert.Equal(cases.Count, bySource.GetProperty("total").GetProperty("received").GetInt32());
        Assert.Equal("12345热线", bySource.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("key").GetString() == "hotline").GetProperty("label").GetString());

        AssertGroups(await office.GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100&groupBy=month"), cases.GroupBy(c => c.Month));
        using (var book = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await office.GetByteArrayAsync("/api/case-stats/export?campaignId=dagan100&groupBy=source"))))
        {
            var hotline = book.Worksheet(1).RowsUsed().Single(r => r.Cell(1).GetString() == "12345热线");
            Assert.Equal(cases.Count(c => c.Source == "hotline"), hotline.Cell(2).GetValue<int>());
        }


        var from = TimeZoneInfo.ConvertTime(now.AddDays(-60), Shanghai).Date;
        var to = TimeZoneInfo.ConvertTime(now.AddDays(-40), Shanghai).Date;
        var inPeriod = cases.Where(c => TimeZoneInfo.ConvertTime(c.ReportedAt, Shanghai).Date >= from && TimeZoneInfo.ConvertTime(c.ReportedAt, Shanghai).Date <= to).ToList();
        Assert.InRange(inPeriod.Count, 50, cases.Count - 50);
        var byDistrict = await office.GetFromJsonAsync<JsonElement>($"/api/case-stats?campaignId=dagan100&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}&groupBy=district");
        AssertGroups(byDistrict, inPeriod.GroupBy(c => District[c.Grid]));
        Assert.Equal(inPeriod.Count, byDistrict.GetProperty("total").GetProperty("received").GetInt32());

        var live = await App.Reader().GetFromJsonAsync<JsonElement>("/api/case-stats?campaignId=dagan100"); // without period parameters: the grids' live totals, as before
        Assert.Equal((4, cases.Count), (live.GetProperty("grids").GetInt32(), live.GetProperty("total").GetProperty("received").GetInt32()));
        Assert.True(live.TryGetProperty("units", out _));
    }

    [Theory]
    [InlineData("/api/case-stats?groupBy=source", "campaignId")]
    [InlineData("/api/case-stats?campaignId=dagan100&groupBy=weekday", "groupBy")]
    [InlineData("/api/case-stats?campaignId=dagan100&from=2026-02-30", "from")]
    [InlineData("/api/case-stats?campaignId=dagan100&to=yesterday", "to")]
    [InlineData("/api/case-stats?campaignId=dagan100&from=2026-11-02&to=2026-11-01", "to")]
    public async Task Bad_period_parameters_are_400_naming_the_field(string path, string field)
    {
        var response = await App.Reader().GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(field, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(p => p.Name));
    }
}
