namespace CommandCenter.Tasks;

/// <summary>A progress value that does not fit the task (negative, not a whole rank, over 100% …).</summary>
[GenerateSerializer, Alias("InvalidProgressException")]
public sealed class InvalidProgressException(string field, string reason) : Exception(reason)
{
    [Id(0)] public string Field { get; } = field;
    [Id(1)] public string Reason { get; } = reason;
}
