namespace CommandCenter.Tasks;

/// <summary>Where task changes are appended, durably, before an update is acknowledged.</summary>
public interface ITaskHistory
{
    /// <summary>Appends the entries (replacing an entry of the same task and version, left by a failed update).</summary>
    Task Append(IReadOnlyList<TaskChange> changes);

    /// <summary>The task's entries up to <paramref name="version"/>, oldest first.</summary>
    Task<IReadOnlyList<TaskChange>> Read(string taskId, int version);
}
