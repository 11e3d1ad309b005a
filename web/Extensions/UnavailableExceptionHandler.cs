using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CommandCenter.Web.Extensions;

/// <summary>The database or the cluster cannot be reached: 503, so clients retry, rather than a 500.</summary>
internal sealed class UnavailableExceptionHandler(IProblemDetailsService problems, ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        logger.LogWarning(exception, "Storage or cluster unavailable for {Path}", context.Request.Path);
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = 503, Title = "Service unavailable", Detail = "The database or the cluster is not reachable; nothing was stored. Try again shortly." },
        });
    }

    internal static bool IsUnavailable(Exception? exception) => exception switch
    {
        null => false,
        NpgsqlException or TimeoutException or SiloUnavailableException or OrleansMessageRejectionException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => IsUnavailable(exception.InnerException),
    };
}
