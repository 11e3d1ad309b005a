using CommandCenter.Briefings;
using CommandCenter.Campaigns;
using CommandCenter.Cases;
using CommandCenter.Reports;
using CommandCenter.Supervision;
using CommandCenter.Tasks;

namespace CommandCenter.Web.Tests.Briefings;

/// <summary>
/// A fixed campaign week: three lines, three tasks, one unit on time, one late, one missing, three notices and the
/// week's cases. The week is 2026-11-23 (Monday) and is compiled on 2026-12-02, so its end is Sunday 2026-11-29, day 56
/// of 100.
/// </summary>
public static class BriefingSample
{
    public static readonly DateOnly Week = new(2026, 11, 23);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private static readonly DateOnly Start = new(2026, 10, 5);
    private static readonly DateOnly End = new(2027, 1, 12);

    public static readonly CampaignDefinition Campaign = new()
    {
        Id = "brief1", Name = "大干实干一百天", StartDate = Start, EndDate = End,
        Lines =
        [
            new() { Code = "一", Title = "防汛与安全生产", LeadUnit = "城防办", TaskIds = ["brief1.1.1"] },
            new() { Code = "二", Title = "路灯亮化", LeadUnit = "路灯所", TaskIds = ["brief1.2.1"] },
            new() { Code = "三", Title = "背街小巷整治", LeadUnit = "环卫处", TaskIds = ["brief1.3.1"] },
        ],
    };

    private static TaskView Task(string id, string line, string title, string unit, TaskTarget target, DateOnly due) => new()
    {
        Id = id, CampaignId = "brief1", LineCode = line, Code = id[7..], Title = title, OwnerUnit = unit, StartDate = Start, DueDate = due,
        Target = target, Progress = 0, TimeElapsed = 0, Status = ProgressStatus.NotStarted, Version = 3,
    };

    public static readonly IReadOnlyList<TaskView> Tasks =
    [
        Task("brief1.1.1", "一", "清理占道经营", "城防办", new() { Kind = TargetKind.Quantity, Value = 400, UnitOfMeasure = "处" }, End),
        Task("brief1.2.1", "二", "路灯亮灯率", "路灯所", new() { Kind = TargetKind.Rate, Value = 98, Baseline = 90 }, End),
        Task("brief1.3.1", "三", "完成背街小巷改造", "环卫处", new() { Kind = TargetKind.Milestone, Value = 100 }, new DateOnly(2026, 11, 20)),
    ];

    private static readonly DateTimeOffset Deadline = new(2026, 11, 27, 17, 0, 0, China);

    public static readonly WeekReports Reports = new()
    {
        CampaignId = "brief1", Week = Week, Deadline = Deadline,
        Units =
        [
            new() { Unit = "城防办", Status = ReportStatus.OnTime, SubmittedAt = Deadline.AddHours(-3), Report = new() { WorkDone = "清理占道经营 80 处", Problems = "夜市反弹", NextWeek = "联合执法" } },
            new() { Unit = "路灯所", Status = ReportStatus.Late, SubmittedAt = Deadline.AddHours(20), Report = new() { WorkDone = "更换灯具 120 盏" } },
            new() { Unit = "环卫处", Status = ReportStatus.Missing },
        ],
    };

    private static SupervisionNotice Notice(string id, string unit, string title, DateTimeOffset issued, DateTimeOffset deadline, NoticeStatus status, DateTimeOffset? answered = null) => new()
    {
        Id = id, CampaignId = "brief1", Unit = unit, Subject = NoticeSubject.Task, SubjectId = "brief1.3.1", Title = title,
        IssuedAt = issued, IssuedBy = "admin", Deadline = deadline, Status = status, AnsweredAt = answered,
    };

    public static readonly IReadOnlyList<SupervisionNotice> Notices =
    [
        Notice("n1", "环卫处", "背街小巷改造滞后", new(2026, 11, 16, 9, 0, 0, China), new(2026, 11, 25, 17, 0, 0, China), NoticeStatus.Issued),
        Notice("n2", "城防办", "夜市占道反弹", new(2026, 11, 24, 9, 0, 0, China), new(2026, 12, 10, 17, 0, 0, China), NoticeStatus.Answered, new(2026, 11, 26, 10, 0, 0, China)),
        Notice("n3", "路灯所", "亮灯率偏低", new(2026, 11, 25, 9, 0, 0, China), new(2026, 12, 20, 17, 0, 0, China), NoticeStatus.Issued),
        Notice("other", "环卫处", "另一活动的通知", new(2026, 11, 24, 9, 0, 0, China), new(2026, 11, 24, 10, 0, 0, China), NoticeStatus.Issued) with { CampaignId = "elsewhere" },
    ];

    public static readonly CaseStats Cases = new() { Received = 120, Handled = 110, Closed = 100, ClosedOnTime = 95, Reworked = 4, Overdue = 3 };

    public static BriefingInputs Inputs => new()
    {
        Campaign = Campaign, Tasks = Tasks, Week = Week, Reports = Reports,
        ValuesAtStart = new Dictionary<string, decimal> { ["brief1.1.1"] = 100, ["brief1.3.1"] = 50 },
        ValuesAtEnd = new Dictionary<string, decimal> { ["brief1.1.1"] = 180, ["brief1.2.1"] = 95, ["brief1.3.1"] = 50 },
        Notices = Notices, Cases = Cases,
        Now = new DateTimeOffset(2026, 12, 2, 10, 0, 0, China),
    };

    public static readonly BriefingEdits Edits = new() { EditorNote = "各单位要对标对表，补齐短板。", Highlights = ["三"] };
}
