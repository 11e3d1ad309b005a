namespace CommandCenter.Tasks;

/// <summary>One recorded progress update of a task.</summary>
[GenerateSerializer, Immutable, Alias("ProgressEntry")]
public sealed record ProgressEntry
{
    [Id(0)] public required DateTimeOffset At { get; init; }
    [Id(1)] public required string By { get; init; }
    [Id(2)] public required decimal Value { get; init; }
    [Id(3)] public string Note { get; init; } = "";
}
