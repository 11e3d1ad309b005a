namespace CommandCenter.Tasks;

/// <summary>One task of a campaign, keyed by task id (e.g. "dagan100.1.1").</summary>
[Alias("ITaskGrain")]
public interface ITaskGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sets or replaces the task's plan. With a <paramref name="history"/> (seeding, import) the recorded updates
    /// are replaced by it; with null, existing progress is kept.
    /// </summary>
    [Alias("Define")]
    Task<TaskView> Define(TaskDefinition definition, IReadOnlyList<ProgressEntry>? history);

    /// <summary>Records a new value; returns only after the new state is durable.</summary>
    /// <exception cref="TaskNotFoundException">The task was never defined.</exception>
    /// <exception cref="InvalidProgressException">The value does not fit the task's target kind.</exception>
    [Alias("ReportProgress")]
    Task<TaskView> ReportProgress(ProgressReport report);

    /// <summary>
    /// Records a new value on behalf of <paramref name="unit"/> (null: the office, which may update any task), in the
    /// same call that checks the unit leads the task — one grain call per update.
    /// </summary>
    /// <exception cref="TaskForbiddenException">The task belongs to another unit.</exception>
    [Alias("ReportProgressAs")]
    Task<TaskView> ReportProgress(ProgressReport report, string? unit);

    /// <summary>
    /// Moves the task's value by <c>count.Delta</c> (never below 0) from its current value, inside the task's own
    /// turn: a new version with its history entry, durable before the answer, like any progress update.
    /// </summary>
    /// <exception cref="TaskNotFoundException">The task was never defined.</exception>
    [Alias("CountCase")]
    Task<TaskView> CountCase(CaseCount count);

    /// <summary>The current view, or null if the task was never defined.</summary>
    /// <remarks>Interleaves, so a campaign can read its tasks while a task waits on the campaign.</remarks>
    [AlwaysInterleave, Alias("GetView")]
    Task<TaskView?> GetView();

    /// <summary>The task's append-only history, oldest first.</summary>
    [Alias("GetHistory")]
    Task<IReadOnlyList<TaskChange>> GetHistory();
}
