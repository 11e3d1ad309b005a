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

    /// <summary>
    /// Records a new value; answers the new state only after it is durable, or a refusal that stored nothing:
    /// <see cref="RefusalKind.NotFound"/> (never defined), <see cref="RefusalKind.Invalid"/> (the value does not fit
    /// the target, field <c>value</c> or <c>note</c>), <see cref="RefusalKind.Stale"/> (the base version is not the
    /// current one; the current <see cref="TaskView"/> comes with it).
    /// </summary>
    [Alias("ReportProgress")]
    Task<Outcome<TaskView>> ReportProgress(ProgressReport report);

    /// <summary>
    /// Records a new value on behalf of <paramref name="unit"/> (null: the office, which may update any task), in the
    /// same call that checks the unit leads the task — one grain call per update.
    /// </summary>
    /// <remarks>Refused as <see cref="RefusalKind.Forbidden"/> when the task belongs to another unit.</remarks>
    [Alias("ReportProgressAs")]
    Task<Outcome<TaskView>> ReportProgress(ProgressReport report, string? unit);

    /// <summary>
    /// Moves the task's value by <c>count.Delta</c> (never below 0) from its current value, inside the task's own
    /// turn: a new version with its history entry, durable before the answer, like any progress update.
    /// </summary>
    /// <remarks>Answers a <see cref="RefusalKind.NotFound"/> refusal when the task was never defined.</remarks>
    [Alias("CountCase")]
    Task<Outcome<TaskView>> CountCase(CaseCount count);

    /// <summary>The current view, or null if the task was never defined.</summary>
    /// <remarks>Interleaves, so a campaign can read its tasks while a task waits on the campaign.</remarks>
    [AlwaysInterleave, Alias("GetView")]
    Task<TaskView?> GetView();

    /// <summary>The task's append-only history, oldest first.</summary>
    [Alias("GetHistory")]
    Task<IReadOnlyList<TaskChange>> GetHistory();
}
