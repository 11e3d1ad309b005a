namespace CommandCenter.Reports;

/// <summary>One task's figure in a weekly report.</summary>
public sealed record TaskFigure
{
    public required string TaskId { get; init; }
    public required string Title { get; init; }
    public decimal? Value { get; init; }
    public string UnitOfMeasure { get; init; } = "";
}
