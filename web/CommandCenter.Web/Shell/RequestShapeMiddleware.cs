using CommandCenter.Domain;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CommandCenter.Web.Shell;

/// <summary>
/// The input policy for what is not a JSON body, before any endpoint runs: a malformed <c>Content-Type</c> is a 400,
/// a charset this host cannot decode a 415 (rather than the 500 the JSON reader throws deep inside model binding);
/// route values and query strings must be valid single-line text (<see cref="TextRules"/>), refused as a 400 naming
/// the parameter.
/// </summary>
internal sealed class RequestShapeMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (Refused(context.Request) is { } refusal)
        {
            context.Response.StatusCode = Problems.Status(refusal.Kind);
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = Problems.Details(refusal) });
            return;
        }

        await next(context);
    }

    private static Refusal? Refused(HttpRequest request)
    {
        if (request.ContentType is { } contentType)
        {
            if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
            {
                return Refusal.Invalid("Content-Type", "Content-Type 格式错误 / the Content-Type header is malformed.");
            }

            if (media.Charset.HasValue && !IsKnown(HeaderUtilities.RemoveQuotes(media.Charset).Value))
            {
                return Refusal.UnsupportedType("Content-Type",
                    $"不支持的字符集 \"{media.Charset.Value}\"，请使用 utf-8 / charset \"{media.Charset.Value}\" is not supported; send utf-8.");
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && TextRules.Problem(name, text, multiLine: false, 1000) is { } problem)
            {
                return Refusal.Invalid(name, problem);
            }
        }

        foreach (var (name, values) in request.Query)
        {
            foreach (var text in values)
            {
                if (TextRules.Problem(name, text, multiLine: false, 1000) is { } problem)
                {
                    return Refusal.Invalid(name, problem);
                }
            }
        }

        return null;
    }

    private static bool IsKnown(string? charset)
    {
        if (string.IsNullOrWhiteSpace(charset))
        {
            return false;
        }

        try
        {
            _ = Encoding.GetEncoding(charset);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
