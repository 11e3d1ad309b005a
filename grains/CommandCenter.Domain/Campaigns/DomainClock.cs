namespace CommandCenter.Domain;

/// <summary>
/// The clock of the product's rules (campaign days, due dates, report deadlines): the system clock in production,
/// a movable one in tests. A type of its own, so moving it never moves Orleans' own clock.
/// </summary>
public sealed class DomainClock(TimeProvider inner) : TimeProvider
{
    public static DomainClock SystemClock { get; } = new(TimeProvider.System);

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;
}
