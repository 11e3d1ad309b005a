namespace CommandCenter.Tasks;

[GenerateSerializer, Alias("TaskNotFoundException")]
public sealed class TaskNotFoundException(string taskId) : Exception($"Task '{taskId}' does not exist.")
{
    [Id(0)] public string TaskId { get; } = taskId;
}
