using Microsoft.AspNetCore.Mvc;

namespace CommandCenter.Web.Shell;

/// <summary>
/// RFC 7807 problem details from a <see cref="Refusal"/>, in one place for every endpoint, desk and exception handler:
/// the status and title of each <see cref="RefusalKind"/>, <c>detail</c> = the reason, the field in <c>errors</c> when
/// the refusal is of the input (invalid, conflicting, too large, of a type not accepted), and the thing's current state
/// (a stale task, a case whose step was refused) as <c>current</c>. Titles and reasons are Chinese; the request's
/// language is applied when the problem is written (<see cref="StatusPages.Explain"/>).
/// </summary>
public static class Problems
{
    private static readonly Dictionary<RefusalKind, (int Status, string Title)> Kinds = new()
    {
        [RefusalKind.Invalid] = (StatusCodes.Status400BadRequest, "请求无效"),
        [RefusalKind.NotFound] = (StatusCodes.Status404NotFound, "不存在"),
        [RefusalKind.Forbidden] = (StatusCodes.Status403Forbidden, "无权操作"),
        [RefusalKind.Conflict] = (StatusCodes.Status409Conflict, "冲突"),
        [RefusalKind.Stale] = (StatusCodes.Status409Conflict, "任务已被他人更新"),
        [RefusalKind.NotAllowedNow] = (StatusCodes.Status409Conflict, "当前不允许此操作"),
        [RefusalKind.TooLarge] = (StatusCodes.Status413PayloadTooLarge, "内容过大"),
        [RefusalKind.UnsupportedType] = (StatusCodes.Status415UnsupportedMediaType, "内容类型不受支持"),
        [RefusalKind.Unavailable] = (StatusCodes.Status503ServiceUnavailable, "服务暂不可用"),
    };

    /// <summary>The HTTP status a refusal of <paramref name="kind"/> is answered with.</summary>
    public static int Status(RefusalKind kind) => Kinds[kind].Status;

    /// <summary>The problem details of <paramref name="refusal"/> (for handlers that write them themselves).</summary>
    public static ProblemDetails Details(Refusal refusal)
    {
        var (status, title) = Kinds[refusal.Kind];
        var problem = refusal is { Kind: RefusalKind.Invalid or RefusalKind.Conflict or RefusalKind.TooLarge or RefusalKind.UnsupportedType, Field: { } field }
            ? new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [refusal.Reason] })
            : new ProblemDetails();
        (problem.Status, problem.Title, problem.Detail) = (status, title, refusal.Reason);
        if (refusal.Current is { } current)
        {
            problem.Extensions["current"] = current;
        }

        return problem;
    }

    public static ProblemHttpResult Of(Refusal refusal) => TypedResults.Problem(Details(refusal));

    /// <summary>200 with the outcome's value, or its refusal's problem.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Answer<T>(Outcome<T> outcome) =>
        outcome.Refusal is { } refusal ? Of(refusal) : TypedResults.Ok(outcome.Value!);

    /// <summary>201 with the outcome's value at <paramref name="location"/>, or its refusal's problem.</summary>
    public static Results<Created<T>, ProblemHttpResult> AnswerCreated<T>(Outcome<T> outcome, Func<T, string> location) =>
        outcome.Refusal is { } refusal ? Of(refusal) : TypedResults.Created(location(outcome.Value!), outcome.Value!);

    public static ProblemHttpResult NotFound(string detail) => Of(Refusal.NotFound(detail));

    /// <summary>403: the caller's role or scope does not cover what they asked to read or change.</summary>
    public static ProblemHttpResult OutOfScope(string detail) => Of(Refusal.Forbidden(detail));

    public static ProblemHttpResult Invalid(string field, string reason) => Of(Refusal.Invalid(field, reason));
}
