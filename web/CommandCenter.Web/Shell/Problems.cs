namespace CommandCenter.Web.Shell;

/// <summary>RFC 7807 problem details the API returns.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    /// <summary>403: the caller's role or scope does not cover what they asked to read or change.</summary>
    public static ProblemHttpResult OutOfScope(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static ProblemHttpResult Invalid(string field, string reason) =>
        TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [field] = [reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Invalid request",
            Detail = reason,
        });

    /// <summary>A refused change to a campaign's plan: 404, 409 (taken, or saved meanwhile) or 400, naming the field.</summary>
    public static ProblemHttpResult Plan(Features.Campaigns.PlanRefusal refusal) => refusal.Status switch
    {
        StatusCodes.Status404NotFound => NotFound(refusal.Reason),
        StatusCodes.Status409Conflict => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { [refusal.Field] = [refusal.Reason] })
        {
            Status = StatusCodes.Status409Conflict, Title = "Conflict", Detail = refusal.Reason,
        }),
        _ => Invalid(refusal.Field, refusal.Reason),
    };
}
