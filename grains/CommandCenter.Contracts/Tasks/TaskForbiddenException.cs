namespace CommandCenter.Tasks;

/// <summary>A unit may update only the tasks it leads; nothing was stored.</summary>
[GenerateSerializer, Alias("TaskForbiddenException")]
public sealed class TaskForbiddenException(string taskId, string ownerUnit) : Exception($"Task '{taskId}' belongs to {ownerUnit}.")
{
    [Id(0)] public string TaskId { get; } = taskId;
    [Id(1)] public string OwnerUnit { get; } = ownerUnit;
}
