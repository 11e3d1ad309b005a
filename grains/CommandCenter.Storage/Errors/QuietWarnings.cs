using System.Collections.Concurrent;

namespace CommandCenter.Storage.Errors;

/// <summary>
/// Logs one warning per kind of failure per interval, with how many happened since the last one, instead of a stack
/// trace per occurrence: during an outage every request fails the same way, and a log of thousands of identical
/// traces hides what happened. The first occurrence of a kind is logged at once, with its exception.
/// </summary>
public sealed class QuietWarnings(ILogger logger, TimeProvider time, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, Kind> _kinds = new(StringComparer.Ordinal);

    public QuietWarnings(ILogger logger) : this(logger, TimeProvider.System, TimeSpan.FromSeconds(30))
    {
    }

    /// <summary>Records one failure of <paramref name="exception"/>'s kind while doing <paramref name="what"/>.</summary>
    public void Warn(Exception exception, string what)
    {
        var key = what + "|" + KindOf(exception);
        var kind = _kinds.GetOrAdd(key, _ => new Kind());
        var now = time.GetUtcNow();
        long count;
        bool first;
        lock (kind)
        {
            kind.Count++;
            first = kind.LastLogged is null;
            if (!first && now - kind.LastLogged < interval)
            {
                return;
            }

            (count, kind.Count, kind.LastLogged) = (kind.Count, 0, now);
        }

        if (first)
        {
            logger.LogWarning(exception, "{What} failed: {Kind}", what, KindOf(exception));
        }
        else
        {
            logger.LogWarning("{What} failed {Count} times in the last {Seconds:N0} s: {Kind}: {Message}",
                what, count, interval.TotalSeconds, KindOf(exception), Innermost(exception).Message);
        }
    }

    /// <summary>The exception's type and, for a database answer, its SQLSTATE: what tells one failure from another.</summary>
    public static string KindOf(Exception exception) => Innermost(exception) switch
    {
        PostgresException postgres => $"{nameof(PostgresException)} {postgres.SqlState}",
        var inner => inner.GetType().Name,
    };

    private static Exception Innermost(Exception exception) =>
        exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? Innermost(aggregate.InnerExceptions[0])
        : exception.InnerException is { } inner && exception is not PostgresException ? Innermost(inner) : exception;

    private sealed class Kind
    {
        public long Count { get; set; }

        public DateTimeOffset? LastLogged { get; set; }
    }
}
