using CommandCenter.Persistence.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace CommandCenter.Web.Shell;

/// <summary>
/// A database error caused by the request's data (SQLSTATE 22xxx, 23xxx): 400 naming the column when the database
/// names one, 409 for a uniqueness conflict — never a 503, since retrying the same request cannot succeed. Such a
/// refusal is a gap in the input policy at the edge (web/CommandCenter.Web/Shell, InputExtensions), which should have refused the value first.
/// </summary>
internal sealed class DataErrorExceptionHandler(IProblemDetailsService problems, ILogger<DataErrorExceptionHandler> logger) : IExceptionHandler
{
    private readonly QuietWarnings _warnings = new(logger);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (DatabaseErrors.DataError(exception) is not { } refused)
        {
            return false;
        }

        _warnings.Warn(exception, "The database refused a request's data");
        var conflict = DatabaseErrors.IsConflict(refused);
        var status = conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        var field = refused.ColumnName ?? "body";
        var reason = conflict
            ? $"已存在相同的记录，未保存任何内容。 Something with the same key is already stored; nothing was stored ({refused.SqlState})."
            : $"数据库拒绝了字段 {field} 的内容，未保存任何内容。 The database refused the value of {field}; nothing was stored ({refused.SqlState}).";
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
            {
                Status = status, Title = conflict ? "Conflict" : "Invalid request", Detail = reason,
            },
        });
    }
}
