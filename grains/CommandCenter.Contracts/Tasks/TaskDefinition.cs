namespace CommandCenter.Tasks;

/// <summary>The plan of one task, as the campaign office defines or imports it.</summary>
[GenerateSerializer, Immutable, Alias("TaskDefinition")]
public sealed record TaskDefinition
{
    [Id(0)] public required string Id { get; init; }
    [Id(1)] public required string CampaignId { get; init; }
    [Id(2)] public required string LineCode { get; init; }
    [Id(3)] public required string Code { get; init; }
    [Id(4)] public required string Title { get; init; }
    [Id(5)] public required string OwnerUnit { get; init; }
    [Id(6)] public IReadOnlyList<string> CoUnits { get; init; } = [];
    [Id(7)] public required DateOnly StartDate { get; init; }
    [Id(8)] public required DateOnly DueDate { get; init; }
    [Id(9)] public required TaskTarget Target { get; init; }
    /// <summary>The campaign's time zone, in which the task's days are counted.</summary>
    [Id(10)] public string TimeZone { get; init; } = "Asia/Shanghai";
    /// <summary>The campaign's lag tolerance (see <c>docs/STATUS-RULES.md</c>).</summary>
    [Id(11)] public double LagTolerance { get; init; } = 0.10;
}
