namespace CommandCenter.Tasks;

/// <summary>One task's write for the group commit: its new state (serialized) and the history entries that come with it.</summary>
public sealed record TaskWrite(string TaskId, int? ExpectedVersion, int Version, byte[] Payload, IReadOnlyList<TaskChange> History);
