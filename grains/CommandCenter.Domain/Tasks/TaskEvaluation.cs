namespace CommandCenter.Domain;

/// <summary>Re-computes the derived fields of a task view (progress, time elapsed, status) for a given day.</summary>
public static class TaskEvaluation
{
    public static TaskView Evaluate(this TaskView task, DateOnly today, double tolerance)
    {
        var progress = TaskProgress.Of(task.Target, task.Actual);
        var elapsed = TaskProgress.TimeElapsed(task.StartDate, task.DueDate, today);
        var status = StatusRules.ForTask(progress, elapsed, task.LastUpdate is not null, today > task.DueDate, tolerance);
        return task with { Progress = progress, TimeElapsed = elapsed, Status = status };
    }
}
