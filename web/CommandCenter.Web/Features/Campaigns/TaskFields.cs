namespace CommandCenter.Web.Features.Campaigns;

/// <summary>What the task form edits; the request is made from it when it is saved.</summary>
public sealed class TaskFields
{
    /// <summary>The request fields the form shows a refusal beside.</summary>
    public static readonly IReadOnlyCollection<string> Shown =
        ["lineCode", "code", "title", "ownerUnit", "coUnits", "dueDate", "targetKind", "targetValue", "baseline", "unitOfMeasure"];

    private static readonly char[] Separators = ['、', ',', '，', ';', '；'];

    public string? Line { get; set; }
    public string Code { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Owner { get; set; }
    public string CoUnits { get; set; } = "";

    /// <summary>The co-units as the picker holds them.</summary>
    public IEnumerable<string> CoUnitList
    {
        get => CoUnits.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        set => CoUnits = string.Join("、", value);
    }
    public DateOnly? Due { get; set; }
    public TargetKind Kind { get; set; } = TargetKind.Quantity;
    public decimal? Value { get; set; }
    public decimal? Baseline { get; set; }
    public string UnitOfMeasure { get; set; } = "";

    public static TaskFields Of(TaskView? task, string? lineCode) => task is null
        ? new TaskFields { Line = lineCode }
        : new TaskFields
        {
            Line = task.LineCode, Code = task.Code, Title = task.Title, Owner = task.OwnerUnit, CoUnits = string.Join("、", task.CoUnits),
            Due = task.DueDate, Kind = task.Target.Kind, Value = task.Target.Value, Baseline = task.Target.Baseline,
            UnitOfMeasure = task.Target.UnitOfMeasure,
        };

    public TaskPlanRequest Request() => new(
        Code, Title, Line, Owner, CoUnits.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Kind.ToString(), Value, Baseline, UnitOfMeasure);
}
