namespace CommandCenter.Web.Features.Tasks;

/// <summary>
/// The updates hub's answer to one update: <see cref="Status"/> is the status <c>POST /api/tasks/{id}/progress</c>
/// would give — 200 with the new, durable <see cref="Task"/>; 409 with the task's current state; 400, 403, 404 or 503
/// with <see cref="Detail"/> (and the <see cref="Field"/> at fault for 400), having stored nothing.
/// </summary>
public sealed record UpdateReply
{
    public required int Status { get; init; }

    public TaskView? Task { get; init; }

    public string? Field { get; init; }

    public string? Detail { get; init; }

    public static UpdateReply Refused(int status, string detail, string? field = null) => new() { Status = status, Detail = detail, Field = field };
}
