namespace CommandCenter.Tasks;

/// <summary>Where task states and their history are kept. A write is durable (committed) when its task completes.</summary>
public interface ITaskStore
{
    /// <summary>The stored state, or null when the task was never written.</summary>
    Task<TaskState?> Read(string taskId);

    /// <summary>
    /// Stores <paramref name="state"/> and appends <paramref name="history"/> (replacing entries of the same task and
    /// version left by failed updates), all or nothing. The write succeeds only when the stored version is still
    /// <paramref name="expectedVersion"/> (null: the task has no stored state yet); otherwise nothing is stored and
    /// it fails with <see cref="Orleans.Storage.InconsistentStateException"/>.
    /// </summary>
    Task Write(string taskId, int? expectedVersion, TaskState state, IReadOnlyList<TaskChange> history);

    /// <summary>The task's history entries up to <paramref name="version"/>, oldest first.</summary>
    Task<IReadOnlyList<TaskChange>> History(string taskId, int version);
}
