using System.Collections.Concurrent;

namespace CommandCenter.Tasks;

/// <summary>Task history for <c>Storage:Mode=Memory</c> (throwaway silos and tests): gone with the process.</summary>
public sealed class InMemoryTaskHistory : ITaskHistory
{
    private readonly ConcurrentDictionary<(string Task, int Version), TaskChange> _changes = new();

    public Task Append(IReadOnlyList<TaskChange> changes)
    {
        foreach (var change in changes)
        {
            _changes[(change.TaskId, change.Version)] = change;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TaskChange>> Read(string taskId, int version) =>
        Task.FromResult<IReadOnlyList<TaskChange>>(_changes.Values.Where(c => c.TaskId == taskId && c.Version <= version).OrderBy(c => c.Version).ToList());
}
