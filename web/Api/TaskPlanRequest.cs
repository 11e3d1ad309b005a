namespace CommandCenter.Web.Api;

/// <summary>
/// A task of a campaign: code, title, line of effort, owner unit, co-units, due date (yyyy-MM-dd), target kind
/// (<c>quantity</c>, <c>rate</c>, <c>milestone</c>, <c>ranking</c>), target value, baseline and unit of measure.
/// </summary>
public sealed record TaskPlanRequest(
    string? Code, string? Title, string? LineCode, string? OwnerUnit, IReadOnlyList<string>? CoUnits, string? DueDate,
    string? TargetKind, decimal? TargetValue, decimal? Baseline = null, string? UnitOfMeasure = null);
