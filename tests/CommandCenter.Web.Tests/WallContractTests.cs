using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CommandCenter.Assessment;
using CommandCenter.Campaigns;
using CommandCenter.Reports;
using CommandCenter.Supervision;
using CommandCenter.Tasks;
using CommandCenter.Wall;
using CommandCenter.Web.Wall;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Tests;

/// <summary>The wall's contracts say on the wire exactly what the grain records said (docs/HUB-PROTOCOL.md).</summary>
public sealed class WallContractTests
{
    /// <summary>The hub's payload options (web/CommandCenter.Web/Wall/WallExtensions.cs).</summary>
    private static readonly JsonSerializerOptions Hub = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) } };

    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Every_record_a_wall_draws_is_defined_once_in_the_contracts_without_Orleans()
    {
        var contracts = typeof(W.IWallClient).Assembly;
        Type[] drawn =
        [
            typeof(ProgressStatus), typeof(TargetKind), typeof(TaskView), typeof(CampaignSnapshot), typeof(WallChange), typeof(CommandCenter.Cases.CaseStats),
            typeof(CommandCenter.Cases.CaseStatus), typeof(GridBoard), typeof(WeekReports), typeof(ReportStatus), typeof(SupervisionNotice), typeof(NoticeStage),
            typeof(StandingsBoard), typeof(IndicatorKind), typeof(BlackReason),
        ];
        Assert.All(drawn, type => Assert.Same(contracts, type.Assembly));
        Assert.DoesNotContain(contracts.GetReferencedAssemblies(), a => a.Name!.StartsWith("Orleans", StringComparison.Ordinal));
    }

    [Fact]
    public void A_snapshot_and_a_change_read_the_same_as_the_grain_records_without_who_or_why()
    {
        var task = new TaskView
        {
            Id = "dagan100.8.1", CampaignId = "dagan100", LineCode = "八", Code = "8.1", Title = "占道经营整治", OwnerUnit = "城管执法局", DueDate = new DateOnly(2026, 5, 31),
            Target = new TaskTarget { Kind = TargetKind.Quantity, Value = 400, Baseline = 10, UnitOfMeasure = "起" }, Actual = 250, Progress = 0.625, TimeElapsed = 0.4,
            Status = ProgressStatus.OnTrack, Version = 3, LastUpdate = new ProgressEntry { At = At, By = "unit-head", Value = 250, Note = "联合执法" },
            StartDate = new DateOnly(2026, 3, 1), CoUnits = ["市场监管局"],
        };
        var change = new WallChange
        {
            CampaignId = "dagan100", Sequence = 42, At = At, Task = task,
            Line = new LineProgress { Code = "八", Progress = 0.5, Status = ProgressStatus.Lagging },
            Campaign = new CampaignProgress { Day = 12, TimeElapsed = 0.12, Progress = 0.3, Status = ProgressStatus.OnTrack },
        };
        var snapshot = new CampaignSnapshot
        {
            Id = "dagan100", Name = "百日攻坚", StartDate = new DateOnly(2026, 3, 1), EndDate = new DateOnly(2026, 6, 8), TimeZone = "Asia/Shanghai",
            Day = 12, TotalDays = 100, TimeElapsed = 0.12, Progress = 0.3, Status = ProgressStatus.Overdue, Sequence = 42, GeneratedAt = At,
            Lines = [new LineOfEffortView { Code = "八", Title = "市容整治", LeadUnit = "城管执法局", Leader = "王局长", Progress = 0.5, Status = ProgressStatus.Lagging, Tasks = [task] }],
        };

        // The same JSON as the grain records once the last update's name and note are left out: the wall draws neither.
        var redacted = change with { Task = WallRedaction.Of(task) };
        var redactedSnapshot = snapshot with { Lines = [snapshot.Lines[0] with { Tasks = [WallRedaction.Of(task)] }] };
        Assert.True(JsonNode.DeepEquals(Json(redacted), Json(change.ToWall())));
        var mapped = Json(snapshot.ToWall([change])).AsObject();
        Assert.True(JsonNode.DeepEquals(Json(redacted), mapped["recent"]![0]));
        Assert.DoesNotContain("unit-head", mapped.ToJsonString());
        Assert.DoesNotContain("联合执法", System.Text.RegularExpressions.Regex.Unescape(mapped.ToJsonString()));
        mapped.Remove("recent");
        var expected = Json(redactedSnapshot).AsObject();
        expected.Remove("recent");
        Assert.True(JsonNode.DeepEquals(expected, mapped));
    }

    [Fact]
    public void Case_changes_and_standings_go_on_the_wire_as_the_grain_records()
    {
        var stats = new CommandCenter.Cases.CaseStats { Received = 9, Handled = 7, Closed = 5, ClosedOnTime = 4, Reworked = 1, Overdue = 2, NotAccepted = 1 };
        var tile = new GridTile { Code = "G01", Name = "东门网格", District = "罗湖", Stats = stats };
        var tick = new CaseTick { Id = "c1", GridCode = "G01", Category = "市容", Subcategory = "占道", Status = CommandCenter.Cases.CaseStatus.Rework, Unit = "城管", Overdue = true, At = At };
        var standings = new Standings
        {
            CampaignId = "dagan100", Period = "2026-03", Subjects = SubjectKind.Units, Published = true, Number = 1, Revision = 2, GeneratedAt = At, SchemeVersion = 3,
            Items = [new Standing { Subject = "城管", Name = "城管局", Rank = 1, Score = 91.5, List = ListKind.Black, RankChange = -1, EventNotes = ["曝光"], Reasons = [BlackReason.Event],
                Indicators = [new IndicatorScore { Kind = IndicatorKind.Cases, Weight = 30, Score = 25, Value = 0.8, Count = 4 }] }],
        };
        var board = new StandingsBoard { CampaignId = "dagan100", Period = "2026-03", Units = standings, Grids = standings, Districts = standings, LastPublished = "2026-02" };
        var change = new CaseWallChange { CampaignId = "dagan100", Grid = tile, Case = tick };

        Assert.True(JsonNode.DeepEquals(Json(change), Json(WallContract.Wire(change))));
        Assert.True(JsonNode.DeepEquals(Json(board), Json(WallContract.Wire(board))));
    }

    private static JsonNode Json<T>(T value) => JsonSerializer.SerializeToNode(value, Hub)!;
}
