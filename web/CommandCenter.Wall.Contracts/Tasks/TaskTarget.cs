namespace CommandCenter.Tasks;

/// <summary>What a task must reach: <see cref="Value"/> from <see cref="Baseline"/>, in <see cref="UnitOfMeasure"/>.</summary>
public sealed record TaskTarget
{
    public required TargetKind Kind { get; init; }
    public required decimal Value { get; init; }
    public decimal Baseline { get; init; }
    public string UnitOfMeasure { get; init; } = "";
}
