namespace CommandCenter.Campaigns;

/// <summary>Rolls task progress up to lines of effort and to the campaign, as of one day.</summary>
public sealed class CampaignRollup(CampaignDefinition definition, IReadOnlyDictionary<string, TaskView> tasks, DateOnly today)
{
    public int Day => CampaignClock.Day(definition.StartDate, definition.EndDate, today);

    public int TotalDays => CampaignClock.TotalDays(definition.StartDate, definition.EndDate);

    public double TimeElapsed => TaskProgress.TimeElapsed(definition.StartDate, definition.EndDate, today);

    public IReadOnlyList<TaskView> TasksOf(LineOfEffortDefinition line) =>
        line.TaskIds.Where(tasks.ContainsKey).Select(id => tasks[id].Evaluate(today, definition.LagTolerance)).ToList();

    public LineOfEffortView Line(LineOfEffortDefinition line)
    {
        var lineTasks = TasksOf(line);
        var (progress, status) = Group(lineTasks);
        return new LineOfEffortView
        {
            Code = line.Code,
            Title = line.Title,
            LeadUnit = line.LeadUnit,
            Leader = line.Leader,
            Progress = progress,
            Status = status,
            Tasks = lineTasks,
        };
    }

    public (double Progress, ProgressStatus Status) Campaign() =>
        Group(definition.Lines.SelectMany(TasksOf).ToList());

    private (double Progress, ProgressStatus Status) Group(IReadOnlyList<TaskView> group)
    {
        if (group.Count == 0)
        {
            return (0, ProgressStatus.NotStarted);
        }

        var progress = group.Average(t => t.Progress);
        var elapsed = group.Average(t => t.TimeElapsed);
        return (progress, StatusRules.ForGroup(group.Select(t => t.Status).ToList(), progress, elapsed, definition.LagTolerance));
    }
}
