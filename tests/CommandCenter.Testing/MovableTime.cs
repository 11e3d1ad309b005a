namespace CommandCenter.Testing;

/// <summary>A clock a test sets and moves; <see cref="GetUtcNow"/> answers whatever it was set to.</summary>
public sealed class MovableTime(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
