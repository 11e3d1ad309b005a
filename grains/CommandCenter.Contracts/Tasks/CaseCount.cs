namespace CommandCenter.Tasks;

/// <summary>
/// A case that counts toward a task (closed: +1; a closed case withdrawn: −1), applied by the task to its own current
/// value, so counts arriving together are each applied once, one after the other.
/// </summary>
[GenerateSerializer, Immutable, Alias("CaseCount")]
public sealed record CaseCount
{
    /// <summary>How much the task's value moves; the value never goes below 0.</summary>
    [Id(0)] public required int Delta { get; init; }
    /// <summary>Who closed or withdrew the case: the history entry's author.</summary>
    [Id(1)] public required string By { get; init; }
    /// <summary>The history entry's note, naming the case.</summary>
    [Id(2)] public string Note { get; init; } = "";
}
