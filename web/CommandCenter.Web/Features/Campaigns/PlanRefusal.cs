namespace CommandCenter.Web.Features.Campaigns;

/// <summary>Why a change to a campaign's plan was refused: an HTTP status, the field at fault and a reason (中文 / English).</summary>
public sealed record PlanRefusal(int Status, string Field, string Reason)
{
    public static PlanRefusal Invalid(string field, string reason) => new(StatusCodes.Status400BadRequest, field, reason);

    public static PlanRefusal NotFound(string field, string reason) => new(StatusCodes.Status404NotFound, field, reason);

    public static PlanRefusal Conflict(string field, string reason) => new(StatusCodes.Status409Conflict, field, reason);
}
