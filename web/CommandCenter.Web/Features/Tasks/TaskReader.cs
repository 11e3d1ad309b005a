namespace CommandCenter.Web.Features.Tasks;

/// <summary>What the task page reads: a task's current view and its recorded changes.</summary>
public sealed class TaskReader(IGrainFactory grains)
{
    public Task<TaskView?> View(string taskId) => grains.GetGrain<ITaskGrain>(taskId).GetView();

    public Task<IReadOnlyList<TaskChange>> Changes(string taskId) => grains.GetGrain<ITaskGrain>(taskId).GetHistory();
}
