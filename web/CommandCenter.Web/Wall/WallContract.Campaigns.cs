using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

/// <summary>
/// The grain records a screen is sent, as the hub's contracts (web/CommandCenter.Wall.Contracts): the same JSON, so
/// docs/HUB-PROTOCOL.md holds, but types the wall can load without Orleans. Mapped only where the hub sends.
/// </summary>
public static partial class WallContract
{
    public static W.CampaignSnapshot ToWall(this CampaignSnapshot s, IReadOnlyList<WallChange>? recent = null) => new()
    {
        Id = s.Id, Name = s.Name, StartDate = s.StartDate, EndDate = s.EndDate, TimeZone = s.TimeZone, Day = s.Day, TotalDays = s.TotalDays,
        TimeElapsed = s.TimeElapsed, Progress = s.Progress, Status = s.Status.ToWall(), Lines = s.Lines.Select(ToWall).ToList(),
        Sequence = s.Sequence, GeneratedAt = s.GeneratedAt, Recent = recent?.Select(ToWall).ToList() ?? [],
    };

    public static W.LineOfEffortView ToWall(this LineOfEffortView l) => new()
    {
        Code = l.Code, Title = l.Title, LeadUnit = l.LeadUnit, Leader = l.Leader, Progress = l.Progress, Status = l.Status.ToWall(),
        Tasks = l.Tasks.Select(ToWall).ToList(),
    };

    /// <summary>The wall draws when and what, never who or why (<see cref="WallRedaction"/>; docs/SECURITY.md).</summary>
    public static W.TaskView ToWall(this TaskView task) => Mapped(WallRedaction.Of(task));

    private static W.TaskView Mapped(TaskView t) => new()
    {
        Id = t.Id, CampaignId = t.CampaignId, LineCode = t.LineCode, Code = t.Code, Title = t.Title, OwnerUnit = t.OwnerUnit, DueDate = t.DueDate,
        Target = new W.TaskTarget { Kind = (W.TargetKind)t.Target.Kind, Value = t.Target.Value, Baseline = t.Target.Baseline, UnitOfMeasure = t.Target.UnitOfMeasure },
        Actual = t.Actual, Progress = t.Progress, TimeElapsed = t.TimeElapsed, Status = t.Status.ToWall(), Version = t.Version,
        LastUpdate = t.LastUpdate is { } u ? new W.ProgressEntry { At = u.At, By = u.By, Value = u.Value, Note = u.Note } : null,
        StartDate = t.StartDate, CoUnits = t.CoUnits,
    };

    public static W.WallChange ToWall(this WallChange c) => new()
    {
        CampaignId = c.CampaignId, Sequence = c.Sequence, At = c.At, Task = c.Task.ToWall(), Follows = c.Follows,
        Line = new W.LineProgress { Code = c.Line.Code, Progress = c.Line.Progress, Status = c.Line.Status.ToWall() },
        Campaign = new W.CampaignProgress { Day = c.Campaign.Day, TimeElapsed = c.Campaign.TimeElapsed, Progress = c.Campaign.Progress, Status = c.Campaign.Status.ToWall() },
    };

    public static IReadOnlyList<W.WallChange> ToWall(this IReadOnlyList<WallChange> changes) => changes.Select(ToWall).ToList();

    /// <summary>The contract's enums have the grain enums' names and numbers (pinned by a test).</summary>
    public static W.ProgressStatus ToWall(this ProgressStatus status) => (W.ProgressStatus)status;
}
