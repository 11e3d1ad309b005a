using CommandCenter.Reports;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

public static partial class WallContract
{
    public static W.WeekReports ToWall(this WeekReports r) => new() { CampaignId = r.CampaignId, Week = r.Week, Deadline = r.Deadline, Units = r.Units.Select(ToWall).ToList() };

    public static W.UnitReport ToWall(this UnitReport u) => new()
    {
        Unit = u.Unit, Status = (W.ReportStatus)u.Status, SubmittedAt = u.SubmittedAt, SubmittedBy = u.SubmittedBy, Report = u.Report?.ToWall(),
        ReturnReason = u.ReturnReason, RemindedAt = u.RemindedAt,
        EarlierVersions = u.EarlierVersions.Select(v => new W.ReportVersion { SubmittedAt = v.SubmittedAt, SubmittedBy = v.SubmittedBy, Report = v.Report.ToWall(), ReturnReason = v.ReturnReason }).ToList(),
    };

    public static W.WeeklyReport ToWall(this WeeklyReport r) => new()
    {
        Figures = r.Figures.Select(f => new W.TaskFigure { TaskId = f.TaskId, Title = f.Title, Value = f.Value, UnitOfMeasure = f.UnitOfMeasure }).ToList(),
        WorkDone = r.WorkDone, Problems = r.Problems, NextWeek = r.NextWeek,
    };

    public static W.SupervisionNotice ToWall(this SupervisionNotice n) => new()
    {
        Id = n.Id, Unit = n.Unit, Subject = (W.NoticeSubject)n.Subject, SubjectId = n.SubjectId, Title = n.Title, Content = n.Content, IssuedAt = n.IssuedAt,
        IssuedBy = n.IssuedBy, Deadline = n.Deadline, Status = (W.NoticeStatus)n.Status, Level = n.Level, Answer = n.Answer, AnsweredAt = n.AnsweredAt,
        Steps = n.Steps.Select(s => new W.NoticeStep { At = s.At, By = s.By, Action = s.Action, Text = s.Text }).ToList(),
        Stage = (W.NoticeStage)n.Stage, CampaignId = n.CampaignId,
    };
}
