using System.Text;

namespace CommandCenter.Bench;

/// <summary>
/// Deterministic large data for grids and cases: a campaign table (8 lines × 60 tasks), a grid table and, per grid,
/// historical cases in every status (about 60 % closed, some reworked, open ones of all ages), for the bulk API.
/// </summary>
public sealed class GridCaseGenerator(int seed = 20261124)
{
    private static readonly string[] Units = ["环卫处", "市容科", "执法支队", "市政设施管理处", "园林处", "城市排水管理处"];

    private static readonly (string Category, string Subcategory)[] Categories =
    [
        ("市容环境", "道路保洁"), ("市容环境", "暴露垃圾"), ("街面秩序", "占道经营"), ("街面秩序", "店外经营"),
        ("施工管理", "施工扬尘"), ("违法建设", "违法建设拆除"), ("设施管理", "井盖缺失"), ("排水防汛", "道路积水"),
    ];

    private readonly Random _random = new(seed);

    public static string CampaignCsv(int lines = 8, int tasksPerLine = 60)
    {
        var csv = new StringBuilder("line_code,line_title,lead_unit,leader,task_code,task_title,owner_unit,target_kind,target_value,unit_of_measure,due_date\n");
        for (var line = 1; line <= lines; line++)
        {
            for (var task = 1; task <= tasksPerLine; task++)
            {
                csv.Append($"{line},工作线{line},{Units[line % Units.Length]},领导{line},{line}.{task},任务{line}.{task},{Units[(line + task) % Units.Length]},quantity,{100 + task},件,2027-01-{10 + task % 9:D2}\n");
            }
        }

        return csv.ToString();
    }

    public static string GridCode(int i) => $"G{i:D4}";

    public static string GridCsv(int grids)
    {
        var csv = new StringBuilder("grid_code,grid_name,district,grid_head\n");
        for (var i = 1; i <= grids; i++)
        {
            csv.Append($"{GridCode(i)},第{i}网格,街道{(i - 1) / 50 + 1},网格长{i}\n");
        }

        return csv.ToString();
    }

    /// <summary>Cases reported over the 60 days before <paramref name="now"/>.</summary>
    public List<object> Cases(int count, DateTimeOffset now)
    {
        var cases = new List<object>(count);
        for (var i = 0; i < count; i++)
        {
            var (category, subcategory) = Categories[_random.Next(Categories.Length)];
            var reportedAt = now.AddMinutes(-_random.Next(10, 60 * 24 * 60));
            var roll = _random.NextDouble();
            var status = roll < 0.6 ? "closed" : roll < 0.7 ? "rectified" : roll < 0.8 ? "handling" : roll < 0.9 ? "dispatched" : "reported";
            DateTimeOffset? closedAt = status == "closed" ? Min(reportedAt.AddMinutes(_random.Next(30, 60 * 96)), now) : null;
            cases.Add(new
            {
                category,
                subcategory,
                source = (i % 5) switch { 0 => "hotline", 1 => "digitalCenter", 2 => "inspection", 3 => "media", _ => "patrol" },
                description = $"生成的案件 {i}",
                location = $"人民路{_random.Next(1, 999)}号",
                reportedAt,
                reportedBy = "generator",
                status,
                unit = status == "reported" ? null : Units[_random.Next(Units.Length)],
                reworkCount = status is "closed" or "rectified" && _random.NextDouble() < 0.05 ? 1 : 0,
                closedAt,
                verifier = status == "closed" ? "office" : null,
            });
        }

        return cases;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
