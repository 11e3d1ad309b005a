using CommandCenter.Tasks;

namespace CommandCenter.Planning;

/// <summary>
/// One task of a task decomposition table (任务分解表), with the line of effort (专项行动) it belongs to.
/// Two rows are equal when all their values are equal, co-units compared in order.
/// </summary>
public sealed record TaskTableRow
{
    /// <summary>The spreadsheet row number the task was read from (header = row 1, first task = row 2).</summary>
    public required int RowNumber { get; init; }

    /// <summary>专项行动编号 — the line of effort's code, e.g. "一".</summary>
    public required string LineCode { get; init; }

    /// <summary>专项行动名称 — the line of effort's title.</summary>
    public required string LineTitle { get; init; }

    /// <summary>牵头单位 — the unit leading the line of effort.</summary>
    public required string LeadUnit { get; init; }

    /// <summary>分管领导 — the leader responsible for the line of effort.</summary>
    public required string Leader { get; init; }

    /// <summary>任务编号 — the task's code, unique within the table.</summary>
    public required string TaskCode { get; init; }

    /// <summary>任务内容 — what is to be done.</summary>
    public required string TaskTitle { get; init; }

    /// <summary>责任单位 — the unit that owns the task.</summary>
    public required string OwnerUnit { get; init; }

    /// <summary>协办单位 — units that help; empty when none.</summary>
    public IReadOnlyList<string> CoUnits { get; init; } = [];

    /// <summary>目标类型 — how the target is measured.</summary>
    public required TargetKind TargetKind { get; init; }

    /// <summary>目标值 — the target: an amount, a percentage (0–100), percent complete for a milestone, or a rank (≥ 1).</summary>
    public required decimal TargetValue { get; init; }

    /// <summary>基数 — the starting value; 0 when the table leaves it empty.</summary>
    public decimal Baseline { get; init; }

    /// <summary>计量单位 — e.g. "起", "座", "%"; may be empty for a milestone.</summary>
    public string UnitOfMeasure { get; init; } = "";

    /// <summary>完成时限 — the date the target is due.</summary>
    public required DateOnly DueDate { get; init; }

    /// <inheritdoc />
    public bool Equals(TaskTableRow? other) =>
        other is not null
        && RowNumber == other.RowNumber
        && LineCode == other.LineCode
        && LineTitle == other.LineTitle
        && LeadUnit == other.LeadUnit
        && Leader == other.Leader
        && TaskCode == other.TaskCode
        && TaskTitle == other.TaskTitle
        && OwnerUnit == other.OwnerUnit
        && CoUnits.SequenceEqual(other.CoUnits)
        && TargetKind == other.TargetKind
        && TargetValue == other.TargetValue
        && Baseline == other.Baseline
        && UnitOfMeasure == other.UnitOfMeasure
        && DueDate == other.DueDate;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RowNumber, TaskCode, TaskTitle, TargetKind, TargetValue, DueDate);
}
