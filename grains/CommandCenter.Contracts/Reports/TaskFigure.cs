namespace CommandCenter.Reports;

/// <summary>One task's figure in a weekly report.</summary>
[GenerateSerializer, Immutable, Alias("TaskFigure")]
public sealed record TaskFigure
{
    [Id(0)] public required string TaskId { get; init; }
    [Id(1)] public required string Title { get; init; }
    [Id(2)] public decimal? Value { get; init; }
    [Id(3)] public string UnitOfMeasure { get; init; } = "";
}
