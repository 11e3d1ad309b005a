namespace CommandCenter.Tasks;

/// <summary>One recorded progress update of a task.</summary>
public sealed record ProgressEntry
{
    public required DateTimeOffset At { get; init; }
    public required string By { get; init; }
    public required decimal Value { get; init; }
    public string Note { get; init; } = "";
}
