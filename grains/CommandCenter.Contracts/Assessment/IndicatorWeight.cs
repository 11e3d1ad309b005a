namespace CommandCenter.Assessment;

/// <summary>One indicator of a scheme with its weight (points out of 100).</summary>
[GenerateSerializer, Immutable, Alias("IndicatorWeight")]
public sealed record IndicatorWeight
{
    [Id(0)] public required IndicatorKind Kind { get; init; }
    [Id(1)] public required double Weight { get; init; }
}
