namespace CommandCenter.Tasks;

/// <summary>A task as screens and API clients see it: plan, current value and computed status.</summary>
public sealed record TaskView
{
    public required string Id { get; init; }
    public required string CampaignId { get; init; }
    public required string LineCode { get; init; }
    public required string Code { get; init; }
    public required string Title { get; init; }
    public required string OwnerUnit { get; init; }
    public required DateOnly DueDate { get; init; }
    public required TaskTarget Target { get; init; }
    public decimal? Actual { get; init; }
    /// <summary>Share of the target reached, 0–1.</summary>
    public required double Progress { get; init; }
    /// <summary>Share of the task's time elapsed, 0–1.</summary>
    public required double TimeElapsed { get; init; }
    public required ProgressStatus Status { get; init; }
    public required int Version { get; init; }
    public ProgressEntry? LastUpdate { get; init; }
    public required DateOnly StartDate { get; init; }
    public IReadOnlyList<string> CoUnits { get; init; } = [];
}
