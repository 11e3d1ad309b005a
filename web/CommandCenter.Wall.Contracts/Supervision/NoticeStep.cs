namespace CommandCenter.Supervision;

/// <summary>One step of a notice: issued, answered, escalated, closed.</summary>
public sealed record NoticeStep
{
    public required DateTimeOffset At { get; init; }
    public required string By { get; init; }
    public required string Action { get; init; }
    public string Text { get; init; } = "";
}
