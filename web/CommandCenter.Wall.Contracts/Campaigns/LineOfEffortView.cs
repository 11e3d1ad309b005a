namespace CommandCenter.Campaigns;

/// <summary>A line of effort with its tasks and rolled-up progress.</summary>
public sealed record LineOfEffortView
{
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required string LeadUnit { get; init; }
    public required string Leader { get; init; }
    public required double Progress { get; init; }
    public required ProgressStatus Status { get; init; }
    public required IReadOnlyList<TaskView> Tasks { get; init; }
}
