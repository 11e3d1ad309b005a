namespace CommandCenter.Domain;

/// <summary>How far a task has come: share of its target reached and share of its time elapsed.</summary>
public static class TaskProgress
{
    /// <summary>Share of the target reached, 0–1. See docs/STATUS-RULES.md.</summary>
    public static double Of(TaskTarget target, decimal? actual)
    {
        if (actual is not { } value)
        {
            return 0;
        }

        if (target.Kind == TargetKind.Ranking && target.Baseline <= target.Value)
        {
            // No usable starting rank: the target rank over the current rank (rank 10 against "top 5" is half-way).
            return value <= target.Value ? 1 : Clamp((double)(target.Value / value));
        }

        var range = target.Value - target.Baseline;
        if (range == 0)
        {
            return IsMet(target, value) ? 1 : 0;
        }

        return Clamp((double)((value - target.Baseline) / range));
    }

    /// <summary>Whether the value meets the target (for rankings: a rank at or above the target rank).</summary>
    public static bool IsMet(TaskTarget target, decimal value) =>
        target.Kind == TargetKind.Ranking ? value <= target.Value : value >= target.Value;

    /// <summary>Share of the days from <paramref name="start"/> to <paramref name="due"/> (both counted) that have begun by <paramref name="today"/>.</summary>
    public static double TimeElapsed(DateOnly start, DateOnly due, DateOnly today)
    {
        var total = due.DayNumber - start.DayNumber + 1;
        if (total <= 0)
        {
            return 1;
        }

        return Clamp((today.DayNumber - start.DayNumber + 1) / (double)total);
    }

    private static double Clamp(double value) => Math.Clamp(value, 0, 1);
}
