namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// The updates hub's answer to one update: <see cref="Ok"/> with the new, durable <see cref="Task"/>; otherwise the
/// refusal's <see cref="Kind"/> (the same kinds the API maps to its statuses), the <see cref="Field"/> at fault, the
/// <see cref="Reason"/> and, for a stale update, the task's <see cref="Current"/> state — having stored nothing.
/// </summary>
public sealed record UpdateReply
{
    public required bool Ok { get; init; }

    public TaskView? Task { get; init; }

    public RefusalKind? Kind { get; init; }

    public string? Field { get; init; }

    public string? Reason { get; init; }

    public object? Current { get; init; }

    public static UpdateReply Of(Outcome<TaskView> outcome) => outcome.Refusal is { } refusal
        ? new() { Ok = false, Kind = refusal.Kind, Field = refusal.Field, Reason = refusal.Reason, Current = refusal.Current }
        : new() { Ok = true, Task = outcome.Value };
}
