using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;

namespace CommandCenter.Web.Shell;

/// <summary>
/// A request body that cannot be read (malformed JSON, a string where a number belongs, a text the input policy
/// refuses): 400 naming the field the JSON path points at, not 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        var json = bad.InnerException as JsonException;
        var field = Field(json?.Path);
        var reason = json is null
            ? "请求内容无法读取 / the request body could not be read: " + (bad.InnerException?.Message ?? bad.Message)
            : $"字段 {field} 无效：{Languages.Bilingual.Pick(json.Message, english: false)} / {field} is not acceptable: {Languages.Bilingual.Pick(json.Message, english: true)}";
        var problem = Problems.Details(Refusal.Invalid(field, reason));
        problem.Status = context.Response.StatusCode = bad.StatusCode; // 400, or e.g. 413 for a body over the limit
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary><c>$.lines[2].title</c> → <c>lines[2].title</c>; the whole body when there is no path.</summary>
    private static string Field(string? path) => path switch
    {
        null or "$" => "body",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path.TrimStart('$'),
    };
}
