namespace CommandCenter.Tasks;

/// <summary>What a task must reach: <see cref="Value"/> from <see cref="Baseline"/>, in <see cref="UnitOfMeasure"/>.</summary>
[GenerateSerializer, Immutable, Alias("TaskTarget")]
public sealed record TaskTarget
{
    [Id(0)] public required TargetKind Kind { get; init; }
    [Id(1)] public required decimal Value { get; init; }
    [Id(2)] public decimal Baseline { get; init; }
    [Id(3)] public string UnitOfMeasure { get; init; } = "";
}
