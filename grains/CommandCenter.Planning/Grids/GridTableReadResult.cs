namespace CommandCenter.Planning.Grids;

/// <summary>What <see cref="GridTableReader"/> found: the grids, or (all-or-nothing) only the errors.</summary>
public sealed class GridTableReadResult(IReadOnlyList<GridTableRow> rows, IReadOnlyList<TaskTableError> errors)
{
    /// <summary>The grids in file order; empty unless <see cref="IsValid"/>.</summary>
    public IReadOnlyList<GridTableRow> Rows { get; } = errors.Count == 0 ? rows : [];

    /// <summary>Every problem, with its row number and column, in row order.</summary>
    public IReadOnlyList<TaskTableError> Errors { get; } = errors;

    /// <summary>True when the table has no errors and its grids may be stored.</summary>
    public bool IsValid => Errors.Count == 0;
}
