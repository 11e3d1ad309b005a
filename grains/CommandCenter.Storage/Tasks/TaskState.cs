namespace CommandCenter.Tasks;

/// <summary>
/// The durable state of a task grain (stored as JSON in <c>task_state</c>); its full history is in <c>task_history</c>.
/// A written state is never changed in place: each write stores a new one.
/// </summary>
public sealed class TaskState
{
    public TaskDefinition? Definition { get; set; }
    public decimal? Actual { get; set; }
    public int Version { get; set; }
    public ProgressEntry? LastUpdate { get; set; }
}
