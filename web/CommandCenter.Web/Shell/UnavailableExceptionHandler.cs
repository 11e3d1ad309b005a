using CommandCenter.Storage.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The database or the cluster cannot be reached: 503, so clients retry, rather than a 500. Only a connection-level
/// failure counts (<see cref="DatabaseErrors.IsUnavailable"/>): a database error the data caused is a 400 or 409
/// (<see cref="DataErrorExceptionHandler"/>), since the same request would fail again. Logged as one warning per kind
/// per interval, with a count, not a stack trace per request.
/// </summary>
internal sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    /// <summary>What the API and the updates hub answer when the database or the cluster cannot be reached.</summary>
    public static readonly Refusal Unavailable = Refusal.Unavailable(
        "数据库或集群暂时无法访问，未保存任何内容，请稍后重试。 The database or the cluster is not reachable; nothing was stored. Try again shortly.");

    private readonly QuietWarnings _warnings = new(logger);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        _warnings.Warn(exception, "Storage or cluster unavailable");
        context.Response.StatusCode = Problems.Status(Unavailable.Kind);
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Problems.Details(Unavailable) });
    }

    internal static bool IsUnavailable(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException npgsql => DatabaseErrors.IsUnavailable(npgsql),
        TimeoutException or SiloUnavailableException or OrleansMessageRejectionException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => IsUnavailable(exception.InnerException),
    };
}
