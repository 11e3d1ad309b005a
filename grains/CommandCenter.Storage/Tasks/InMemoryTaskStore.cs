using System.Collections.Concurrent;
using Orleans.Storage;

namespace CommandCenter.Tasks;

/// <summary>Task store for <c>Storage:Mode=Memory</c> (throwaway silos and tests): gone with the process.</summary>
public sealed class InMemoryTaskStore : ITaskStore
{
    private readonly ConcurrentDictionary<string, TaskState> _states = new();
    private readonly ConcurrentDictionary<(string Task, int Version), TaskChange> _changes = new();

    public Task<TaskState?> Read(string taskId) => Task.FromResult(_states.TryGetValue(taskId, out var state) ? state : null);

    public Task Write(string taskId, int? expectedVersion, TaskState state, IReadOnlyList<TaskChange> history)
    {
        var written = expectedVersion is { } expected
            ? _states.TryGetValue(taskId, out var stored) && stored.Version == expected && _states.TryUpdate(taskId, state, stored)
            : _states.TryAdd(taskId, state);
        if (!written)
        {
            throw new InconsistentStateException($"Task {taskId} is no longer at version {expectedVersion}.");
        }

        foreach (var change in history)
        {
            _changes[(change.TaskId, change.Version)] = change;
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<TaskChange>> History(string taskId, int version) =>
        Task.FromResult<IReadOnlyList<TaskChange>>(_changes.Values.Where(c => c.TaskId == taskId && c.Version <= version).OrderBy(c => c.Version).ToList());
}
