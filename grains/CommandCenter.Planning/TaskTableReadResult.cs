namespace CommandCenter.Planning;

/// <summary>
/// What <see cref="TaskTableReader.Read"/> found. Import is all-or-nothing: store nothing unless
/// <see cref="IsValid"/> is true. <see cref="Rows"/> is empty whenever there are errors, so a caller that forgets
/// to check cannot store half a plan.
/// </summary>
public sealed class TaskTableReadResult
{
    /// <summary>Creates a result; <paramref name="rows"/> is dropped when <paramref name="errors"/> is not empty.</summary>
    public TaskTableReadResult(IReadOnlyList<TaskTableRow> rows, IReadOnlyList<TaskTableError> errors)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
        Rows = errors.Count == 0 ? rows : [];
    }

    /// <summary>The tasks in file order; empty unless <see cref="IsValid"/>.</summary>
    public IReadOnlyList<TaskTableRow> Rows { get; }

    /// <summary>Every problem found, in row order (file and header problems first).</summary>
    public IReadOnlyList<TaskTableError> Errors { get; }

    /// <summary>True when the table has no errors and its rows may be stored.</summary>
    public bool IsValid => Errors.Count == 0;
}
