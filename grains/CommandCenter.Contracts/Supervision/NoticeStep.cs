namespace CommandCenter.Supervision;

/// <summary>One step of a notice: issued, answered, escalated, closed.</summary>
[GenerateSerializer, Immutable, Alias("NoticeStep")]
public sealed record NoticeStep
{
    [Id(0)] public required DateTimeOffset At { get; init; }
    [Id(1)] public required string By { get; init; }
    [Id(2)] public required string Action { get; init; }
    [Id(3)] public string Text { get; init; } = "";
}
