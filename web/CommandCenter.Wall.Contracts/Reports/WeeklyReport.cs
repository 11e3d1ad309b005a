namespace CommandCenter.Reports;

/// <summary>A lead unit's weekly progress report to the campaign office.</summary>
public sealed record WeeklyReport
{
    public IReadOnlyList<TaskFigure> Figures { get; init; } = [];
    public string WorkDone { get; init; } = "";
    public string Problems { get; init; } = "";
    public string NextWeek { get; init; } = "";
}
