namespace CommandCenter.Tasks;

/// <summary>The durable state of a task grain (stored as JSON); its full history is in <c>task_history</c>.</summary>
public sealed class TaskState
{
    public TaskDefinition? Definition { get; set; }
    public decimal? Actual { get; set; }
    public int Version { get; set; }
    public ProgressEntry? LastUpdate { get; set; }
}
