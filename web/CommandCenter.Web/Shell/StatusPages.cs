using Microsoft.AspNetCore.Mvc;

namespace CommandCenter.Web.Shell;

/// <summary>
/// What an error without a body answers: an API route (or hub) problem details with a Chinese-first detail; a page a
/// Chinese "page not found" page, never raw English JSON.
/// </summary>
public static class StatusPages
{
    public static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hubs")
        || context.Request.Path.StartsWithSegments("/health") || context.Request.Path.StartsWithSegments("/metrics")
        || context.Request.Path.StartsWithSegments("/openapi") || context.Request.Path.StartsWithSegments("/scalar");

    /// <summary>Gives a body-less error's problem details a Chinese-first detail (problems that carry their own detail keep it).</summary>
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => IsApi(context.HttpContext)
                ? $"接口不存在 / no such API route: {context.HttpContext.Request.Method} {context.HttpContext.Request.Path}"
                : $"页面不存在 / no such page: {context.HttpContext.Request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"此接口不支持 {context.HttpContext.Request.Method} 方法 / this route does not take {context.HttpContext.Request.Method}.",
            StatusCodes.Status401Unauthorized => "请先登录（需要账号的令牌）/ sign in first: this route needs an account's token.",
            StatusCodes.Status403Forbidden => "您的账号无权执行此操作 / your account's role does not allow this.",
            StatusCodes.Status415UnsupportedMediaType => "请求内容的类型不受支持 / the request's content type is not supported here.",
            _ => null,
        };
    }

    /// <summary>An unknown page answers the Chinese not-found document (a fallback route, so every real route wins); API routes answer problem details.</summary>
    public static WebApplication UseCommandCenterStatusPages(this WebApplication app)
    {
        app.UseStatusCodePages();
        app.MapFallback("{*path:nonfile}", (HttpContext context) => IsApi(context) || !HttpMethods.IsGet(context.Request.Method)
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound)
                : new Microsoft.AspNetCore.Http.HttpResults.RazorComponentResult<CommandCenter.Web.Shell.NotFoundDocument> { StatusCode = StatusCodes.Status404NotFound })
            .ExcludeFromDescription();
        return app;
    }
}
