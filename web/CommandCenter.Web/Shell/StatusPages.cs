using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

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

    /// <summary>
    /// Every problem written passes here: a body-less error gets a detail; then the title, detail and field messages
    /// are given in the request's language (Chinese texts are the keys; their English stands in ProblemTexts.en.resx,
    /// a text without an entry stays as it is).
    /// </summary>
    public static void Explain(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var request = context.HttpContext.Request;
        // An exception handler writes after the request's culture scope has ended: take the language the request chose.
        if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>() is { } chosen)
        {
            System.Globalization.CultureInfo.CurrentUICulture = chosen.RequestCulture.UICulture;
        }

        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<ProblemTexts>>();
        problem.Detail ??= problem.Status switch
        {
            StatusCodes.Status404NotFound => IsApi(context.HttpContext)
                ? text["接口不存在：{0} {1}", request.Method, request.Path].Value
                : text["页面不存在：{0}", request.Path].Value,
            StatusCodes.Status405MethodNotAllowed => text["此接口不支持 {0} 方法", request.Method].Value,
            StatusCodes.Status401Unauthorized => text["请先登录（需要账号的令牌）"].Value,
            StatusCodes.Status403Forbidden => text["您的账号无权执行此操作"].Value,
            StatusCodes.Status415UnsupportedMediaType => text["请求内容的类型不受支持"].Value,
            _ => null,
        };
        problem.Title = problem.Title is { } title ? InLanguage(text, title) : null;
        problem.Detail = problem.Detail is { } detail ? InLanguage(text, detail) : null;
        if (problem is HttpValidationProblemDetails validation)
        {
            foreach (var field in validation.Errors.Keys.ToList())
            {
                validation.Errors[field] = validation.Errors[field].Select(m => InLanguage(text, m)).ToArray();
            }
        }
    }

    /// <summary>A text in the request's language: the half of a bilingual one, else its entry in the resources, else as it is.</summary>
    private static string InLanguage(IStringLocalizer text, string message) =>
        text[Languages.Bilingual.Pick(message, Languages.Language.IsEnglish)];

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
