using CommandCenter.Storage.Serialization;

namespace CommandCenter.Tasks;

/// <summary>
/// Task states in <c>task_state</c> (migration 0020) and their history in <c>task_history</c> (0006, read through
/// <see cref="TaskHistory"/>). Writes go through the silo's <see cref="TaskGroupCommit"/>, so many tasks' writes share
/// one transaction.
/// </summary>
public sealed class PostgresTaskStore(NpgsqlDataSource dataSource, string serviceId, TaskGroupCommit commits) : ITaskStore
{
    private static readonly JsonGrainStorageSerializer Json = new();

    private readonly TaskHistory _history = new(dataSource);

    public async Task<TaskState?> Read(string taskId)
    {
        await using var command = dataSource.CreateCommand("SELECT version, payload FROM task_state WHERE service_id = @service AND task_id = @task");
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("task", taskId);
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        var state = Json.Deserialize<TaskState>(new BinaryData(reader.GetFieldValue<byte[]>(1)));
        state.Version = reader.GetInt32(0);
        return state;
    }

    public Task Write(string taskId, int? expectedVersion, TaskState state, IReadOnlyList<TaskChange> history) =>
        commits.Write(new TaskWrite(taskId, expectedVersion, state.Version, Json.Serialize(state).ToArray(), history));

    public Task<IReadOnlyList<TaskChange>> History(string taskId, int version) => _history.Of(taskId, version);
}
