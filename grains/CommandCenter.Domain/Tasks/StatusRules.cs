namespace CommandCenter.Domain;

/// <summary>The "双过半" rule generalised: progress must keep pace with time. See docs/STATUS-RULES.md.</summary>
public static class StatusRules
{
    /// <summary>The status of one task.</summary>
    public static ProgressStatus ForTask(double progress, double timeElapsed, bool hasUpdate, bool pastDue, double tolerance)
    {
        if (progress >= 1)
        {
            return ProgressStatus.Done;
        }

        if (pastDue)
        {
            return ProgressStatus.Overdue;
        }

        if (!hasUpdate && timeElapsed <= tolerance)
        {
            return ProgressStatus.NotStarted;
        }

        return progress < timeElapsed - tolerance ? ProgressStatus.Lagging : ProgressStatus.OnTrack;
    }

    /// <summary>
    /// The status of a group of tasks (a line of effort or a whole campaign) whose average progress is
    /// <paramref name="progress"/> against an average time elapsed of <paramref name="timeElapsed"/>.
    /// </summary>
    public static ProgressStatus ForGroup(IReadOnlyCollection<ProgressStatus> tasks, double progress, double timeElapsed, double tolerance)
    {
        if (tasks.Count == 0 || tasks.All(s => s == ProgressStatus.NotStarted))
        {
            return ProgressStatus.NotStarted;
        }

        if (tasks.All(s => s == ProgressStatus.Done))
        {
            return ProgressStatus.Done;
        }

        if (tasks.Any(s => s == ProgressStatus.Overdue) || progress < timeElapsed - tolerance)
        {
            return ProgressStatus.Lagging;
        }

        return ProgressStatus.OnTrack;
    }
}
