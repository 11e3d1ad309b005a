namespace CommandCenter.Web.Features.Briefings;

/// <summary>Why a briefing request was refused: the status (400 or 404), the field, the reason (Chinese first).</summary>
public sealed record BriefingRefusal(int Status, string Field, string Reason)
{
    public static BriefingRefusal Invalid(string field, string reason) => new(StatusCodes.Status400BadRequest, field, reason);

    public static BriefingRefusal NotFound(string field, string reason) => new(StatusCodes.Status404NotFound, field, reason);
}
