namespace CommandCenter.Domain;

/// <summary>
/// A burn-up chart from the task history: for each campaign day, the planned trajectory (the average share of the
/// tasks' time elapsed) against the progress actually recorded by the end of that day (the average share of the
/// targets reached, from each task's last value on or before it), as the status rules roll tasks up.
/// </summary>
public static class BurnUp
{
    public static IReadOnlyList<BurnUpPoint> Compute(
        IReadOnlyList<(TaskView Task, IReadOnlyList<TaskChange> Changes)> tasks, DateOnly start, DateOnly end, DateOnly today, string timeZone)
    {
        if (tasks.Count == 0 || end < start)
        {
            return [];
        }

        var zone = CampaignClock.Zone(timeZone);
        var recorded = tasks.Select(t => t.Changes
            .Select(c => (Day: DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(c.At, zone).DateTime), c.Version, Value: c.After))
            .OrderBy(c => c.Day).ThenBy(c => c.Version).ToList()).ToList();

        var points = new List<BurnUpPoint>(end.DayNumber - start.DayNumber + 1);
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            var planned = tasks.Average(t => TaskProgress.TimeElapsed(t.Task.StartDate, t.Task.DueDate, day));
            double? actual = day <= today
                ? tasks.Select((t, i) => TaskProgress.Of(t.Task.Target, ValueOn(recorded[i], day))).Average()
                : null;
            points.Add(new BurnUpPoint { Date = day, Planned = Math.Round(planned, 4), Actual = actual is { } a ? Math.Round(a, 4) : null });
        }

        return points;
    }

    private static decimal? ValueOn(List<(DateOnly Day, int Version, decimal Value)> changes, DateOnly day)
    {
        decimal? value = null;
        foreach (var change in changes)
        {
            if (change.Day > day)
            {
                break;
            }

            value = change.Value;
        }

        return value;
    }
}
