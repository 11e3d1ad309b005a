namespace CommandCenter.Reports;

/// <summary>A lead unit's weekly progress report to the campaign office.</summary>
[GenerateSerializer, Immutable, Alias("WeeklyReport")]
public sealed record WeeklyReport
{
    [Id(0)] public IReadOnlyList<TaskFigure> Figures { get; init; } = [];
    [Id(1)] public string WorkDone { get; init; } = "";
    [Id(2)] public string Problems { get; init; } = "";
    [Id(3)] public string NextWeek { get; init; } = "";
}
