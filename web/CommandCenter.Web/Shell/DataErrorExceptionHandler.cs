using CommandCenter.Storage.Errors;
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
        var field = refused.ColumnName ?? "body";
        var refusal = DatabaseErrors.IsConflict(refused)
            ? Refusal.Conflict(field, $"已存在相同的记录，未保存任何内容。 Something with the same key is already stored; nothing was stored ({refused.SqlState}).")
            : Refusal.Invalid(field, $"数据库拒绝了字段 {field} 的内容，未保存任何内容。 The database refused the value of {field}; nothing was stored ({refused.SqlState}).");
        context.Response.StatusCode = Problems.Status(refusal.Kind);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Problems.Details(refusal) });
    }
}
