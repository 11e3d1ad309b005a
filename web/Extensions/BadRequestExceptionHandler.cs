using Microsoft.AspNetCore.Diagnostics;

namespace CommandCenter.Web.Extensions;

/// <summary>A request body that cannot be read (malformed JSON, a string where a number belongs): 400, not 500.</summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "Invalid request", Detail = "The request body could not be read: " + (bad.InnerException?.Message ?? bad.Message) },
        });
    }
}
