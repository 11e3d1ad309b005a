namespace CommandCenter;

/// <summary>
/// Why a request was refused, having stored nothing: the <see cref="Kind"/>, the input at fault (<see cref="Field"/>,
/// when one is), the user's message (<see cref="Reason"/>, Chinese first) and, where it helps the caller try again,
/// the thing's <see cref="Current"/> state (the task of a stale update, the case a step was refused for). Grains answer
/// with it inside an <see cref="Outcome{T}"/>; exceptions are left for faults.
/// </summary>
[GenerateSerializer, Immutable, Alias("Refusal")]
public sealed record Refusal(
    [property: Id(0)] RefusalKind Kind,
    [property: Id(1)] string? Field,
    [property: Id(2)] string Reason,
    [property: Id(3)] object? Current = null)
{
    public static Refusal Invalid(string field, string reason) => new(RefusalKind.Invalid, field, reason);

    public static Refusal NotFound(string reason, string? field = null) => new(RefusalKind.NotFound, field, reason);

    public static Refusal Forbidden(string reason, string? field = null) => new(RefusalKind.Forbidden, field, reason);

    public static Refusal Conflict(string field, string reason) => new(RefusalKind.Conflict, field, reason);

    public static Refusal Stale(string reason, object? current = null) => new(RefusalKind.Stale, null, reason, current);

    public static Refusal NotAllowedNow(string reason, object? current = null) => new(RefusalKind.NotAllowedNow, null, reason, current);

    public static Refusal TooLarge(string field, string reason) => new(RefusalKind.TooLarge, field, reason);

    public static Refusal UnsupportedType(string field, string reason) => new(RefusalKind.UnsupportedType, field, reason);

    public static Refusal Unavailable(string reason) => new(RefusalKind.Unavailable, null, reason);
}
