namespace CommandCenter.Tasks;

/// <summary>One day of a burn-up chart: the planned share of the work (time elapsed) and the share actually done (null for days ahead).</summary>
[GenerateSerializer, Immutable, Alias("BurnUpPoint")]
public sealed record BurnUpPoint
{
    [Id(0)] public required DateOnly Date { get; init; }
    [Id(1)] public required double Planned { get; init; }
    [Id(2)] public double? Actual { get; init; }
}
