using CommandCenter.Storage.Errors;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CommandCenter.Grains.Tests;

/// <summary>Logs in trouble: one warning per kind of failure per interval, with a count, not a stack trace each time.</summary>
public sealed class QuietWarningsTests
{
    [Fact]
    public void A_thousand_failures_of_one_kind_log_the_first_with_its_trace_then_one_count_per_interval()
    {
        var log = new ListLogger();
        var time = new MovableTime(DateTimeOffset.UnixEpoch);
        var warnings = new QuietWarnings(log, time, TimeSpan.FromSeconds(30));

        for (var i = 0; i < 1000; i++)
        {
            warnings.Warn(new NpgsqlException("connection refused"), "Storing");
            time.Now += TimeSpan.FromMilliseconds(45); // 1,000 failures over 45 s
        }

        warnings.Warn(new TimeoutException(), "Storing"); // another kind is logged at once

        Assert.Equal(3, log.Entries.Count);
        Assert.NotNull(log.Entries[0].Exception);
        Assert.Contains("failed 667 times", log.Entries[1].Message, StringComparison.Ordinal);
        Assert.Null(log.Entries[1].Exception);
        Assert.Contains(nameof(TimeoutException), log.Entries[2].Message, StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(string Message, Exception? Exception)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((formatter(state, exception), exception));
    }
}
