using CommandCenter.Web.Shell;

namespace CommandCenter.Web.Features.Campaigns;

/// <summary>
/// A task of a campaign: code, title, line of effort, owner unit, co-units, due date (yyyy-MM-dd), target kind
/// (<c>quantity</c>, <c>rate</c>, <c>milestone</c>, <c>ranking</c>), target value, baseline and unit of measure.
/// </summary>
public sealed record TaskPlanRequest(
    [property: TextField] string? Code,
    [property: TextField(maxLength: PlanChecks.MaxTitle)] string? Title,
    [property: TextField] string? LineCode,
    [property: TextField(maxLength: PlanChecks.MaxUnit)] string? OwnerUnit,
    IReadOnlyList<string>? CoUnits,
    [property: TextField] string? DueDate,
    [property: TextField] string? TargetKind,
    decimal? TargetValue,
    decimal? Baseline = null,
    [property: TextField] string? UnitOfMeasure = null);
