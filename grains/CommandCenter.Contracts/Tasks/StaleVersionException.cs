namespace CommandCenter.Tasks;

/// <summary>A report based on a version of the task that is no longer current; carries the current state.</summary>
[GenerateSerializer, Alias("StaleVersionException")]
public sealed class StaleVersionException(TaskView current) : Exception($"Task '{current.Id}' is at version {current.Version}.")
{
    [Id(0)] public TaskView Current { get; } = current;
}
