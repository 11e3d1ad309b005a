namespace CommandCenter.Planning.Internal;

/// <summary>Collects errors, stopping at <see cref="TaskTableReader.MaxErrors"/> with a note that more were left out.</summary>
internal sealed class ErrorList
{
    private readonly List<TaskTableError> _errors = [];

    /// <summary>The errors collected so far.</summary>
    public IReadOnlyList<TaskTableError> Items => _errors;

    /// <summary>True once the cap is reached; callers may stop looking.</summary>
    public bool Full { get; private set; }

    /// <summary>True when no error was added.</summary>
    public bool IsEmpty => _errors.Count == 0;

    /// <summary>Adds an error unless the list is full.</summary>
    public void Add(int row, string column, string reason)
    {
        if (Full)
        {
            return;
        }
        if (_errors.Count == TaskTableReader.MaxErrors)
        {
            _errors.Add(new TaskTableError(0, "", Messages.TooManyErrors(TaskTableReader.MaxErrors)));
            Full = true;
            return;
        }
        _errors.Add(new TaskTableError(row, column, reason));
    }
}
