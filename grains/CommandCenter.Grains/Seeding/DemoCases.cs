namespace CommandCenter.Seeding;

/// <summary>
/// The demo drive's cases: about ten a working day (fewer at weekends) since the Monday six weeks ago, in every grid,
/// from every source and category, imported through each grid as a digital city-management system's cases would be.
/// Most older ones are closed (some late, some after rework), a few are still open past their deadline, a few were not
/// accepted (不受理); the recent ones are still under way.
/// </summary>
public static class DemoCases
{
    private static readonly (CaseSource Source, int Weight)[] Sources =
        [(CaseSource.Patrol, 40), (CaseSource.Hotline, 25), (CaseSource.DigitalCenter, 20), (CaseSource.Inspection, 8), (CaseSource.Media, 7)];

    private static readonly Dictionary<string, string> Units = new()
    {
        ["市容环境"] = "环境卫生管理处", ["街面秩序"] = "城市管理综合执法支队", ["宣传广告"] = "城市管理综合执法支队",
        ["施工管理"] = "渣土管理办公室", ["违法建设"] = "城市管理综合执法支队", ["设施管理"] = "市政设施管理处",
        ["园林绿化"] = "园林绿化处", ["排水防汛"] = "城市排水管理处",
    };

    private static readonly string[] Roads = ["梅山路", "皖西路", "佛子岭路", "人民路", "解放路", "长江路", "淠河路", "紫竹林路", "寿春路", "大别山路"];

    private static readonly CaseStatus[] UnderWay = [CaseStatus.Reported, CaseStatus.Dispatched, CaseStatus.Handling, CaseStatus.Rectified, CaseStatus.Verified];

    /// <summary>Imports the cases into <paramref name="grids"/>; returns them as the grids stored them.</summary>
    public static async Task<IReadOnlyList<CaseView>> Seed(IGrainFactory grains, CampaignDefinition campaign, IReadOnlyList<GridDefinition> grids, TimeProvider time, int weeks)
    {
        var rules = await grains.GetGrain<ICaseRulesGrain>(campaign.Id).Get();
        var now = time.GetUtcNow();
        var cases = Generate(campaign, grids, rules, time, weeks);
        var stored = await Task.WhenAll(cases.GroupBy(c => c.Grid).Select(async g =>
        {
            var list = g.Select(c => c.Case).ToList();
            var imported = await grains.GetGrain<IGridGrain>(g.Key.Code).Import(list);
            var ids = imported.Value ?? throw new InvalidOperationException($"Grid {g.Key.Code} refused the demo cases: {imported.Refusal?.Reason}");
            return list.Select((c, i) => HistoricalCases.ToView(c, i, ids[i], g.Key, rules, now).Value!);
        }));
        return stored.SelectMany(s => s).ToList();
    }

    private static List<(GridDefinition Grid, HistoricalCase Case)> Generate(CampaignDefinition campaign, IReadOnlyList<GridDefinition> grids, CaseRules rules, TimeProvider time, int weeks)
    {
        var random = new Random(20220606);
        var now = time.GetUtcNow();
        var zone = CampaignClock.Zone(campaign.TimeZone);
        var today = CampaignClock.Today(time, campaign.TimeZone);
        var first = ReportWeek.Of(today).AddDays(-7 * weeks);
        if (first < campaign.StartDate)
        {
            first = campaign.StartDate;
        }

        var cases = new List<(GridDefinition, HistoricalCase)>();
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            var count = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? random.Next(3, 6) : random.Next(8, 13);
            for (var n = 0; n < count; n++)
            {
                var local = day.ToDateTime(new TimeOnly(random.Next(7, 20), random.Next(60)));
                var reportedAt = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
                if (reportedAt > now.AddMinutes(-30))
                {
                    continue;
                }

                var grid = grids[(int)Math.Min(grids.Count - 1, Math.Floor(grids.Count * Math.Pow(random.NextDouble(), 1.3)))]; // some grids busier
                var category = rules.Categories[random.Next(rules.Categories.Count)];
                var source = Pick(random, Sources);
                cases.Add((grid, Case(random, grid, category, source, reportedAt, WorkingTime.Deadline(rules.Calendar, reportedAt, category.Limit), now)));
            }
        }

        return cases.OrderBy(c => c.Item2.ReportedAt).ToList();
    }

    private static HistoricalCase Case(Random random, GridDefinition grid, CaseCategory category, CaseSource source, DateTimeOffset reportedAt, DateTimeOffset deadline, DateTimeOffset now)
    {
        var unit = Units.GetValueOrDefault(category.Category, "城市管理综合执法支队");
        var location = $"{grid.District}{Roads[random.Next(Roads.Length)]}{random.Next(1, 300)}号附近";
        var roll = random.NextDouble();
        var (status, rework, closedAt) = (CaseStatus.Reported, 0, (DateTimeOffset?)null);
        if (roll < 0.03)
        {
            status = CaseStatus.NotAccepted;
        }
        else if (deadline < now)
        {
            // Past its deadline: mostly closed, on time or late, some after one rework; a few still open (overdue).
            var late = roll > 0.86;
            rework = random.NextDouble() < 0.1 ? 1 : 0;
            var at = late ? deadline + TimeSpan.FromHours(1 + (random.NextDouble() * 30)) : reportedAt + ((deadline - reportedAt) * (0.2 + (random.NextDouble() * 0.75)));
            (status, closedAt) = roll > 0.97
                ? (rework > 0 ? CaseStatus.Rework : CaseStatus.Handling, (DateTimeOffset?)null)
                : (CaseStatus.Closed, at < now ? at : now);
        }
        else if (roll < 0.35)
        {
            (status, closedAt) = (CaseStatus.Closed, reportedAt + ((now - reportedAt) * random.NextDouble()));
        }
        else
        {
            status = UnderWay[random.Next(UnderWay.Length)];
        }

        return new HistoricalCase
        {
            Category = category.Category,
            Subcategory = category.Subcategory,
            Source = source,
            Description = $"{category.Subcategory}：{location}",
            Location = location,
            ReportedAt = reportedAt,
            ReportedBy = source switch
            {
                CaseSource.Patrol => grid.GridHead,
                CaseSource.Hotline => "12345热线",
                CaseSource.DigitalCenter => "数字化城市管理中心",
                CaseSource.Inspection => "专项办",
                _ => "媒体监督",
            },
            Status = status,
            Unit = status == CaseStatus.Reported ? null : unit,
            ReworkCount = rework,
            ClosedAt = closedAt,
            Verifier = status is CaseStatus.Closed or CaseStatus.Verified ? "数字化城市管理中心" : null,
        };
    }

    private static T Pick<T>(Random random, (T Value, int Weight)[] table)
    {
        var roll = random.Next(table.Sum(t => t.Weight));
        foreach (var (value, weight) in table)
        {
            if ((roll -= weight) < 0)
            {
                return value;
            }
        }

        return table[^1].Value;
    }
}
