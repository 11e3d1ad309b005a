namespace CommandCenter.Web.Features.Tasks;

/// <summary>What became of a progress update: exactly one of the fields describes it.</summary>
public sealed record UpdateOutcome
{
    /// <summary>The new, durable task state.</summary>
    public TaskView? Updated { get; init; }

    /// <summary>The task changed since the version the update was based on: its current state.</summary>
    public TaskView? Stale { get; init; }

    public bool NotFound { get; init; }

    public bool Forbidden { get; init; }

    /// <summary>With <see cref="Forbidden"/>: the unit that owns the task, when the refusal came from the task itself.</summary>
    public string? OwnerUnit { get; init; }

    /// <summary>The field at fault and why.</summary>
    public (string Field, string Reason)? Invalid { get; init; }
}
