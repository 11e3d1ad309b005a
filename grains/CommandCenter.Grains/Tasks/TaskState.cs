namespace CommandCenter.Tasks;

/// <summary>The durable state of a task grain (stored as JSON).</summary>
public sealed class TaskState
{
    /// <summary>How many recent updates the grain keeps in its own state.</summary>
    public const int RecentHistoryLength = 50;

    public TaskDefinition? Definition { get; set; }
    public decimal? Actual { get; set; }
    public int Version { get; set; }
    public List<ProgressEntry> History { get; set; } = [];
}
