namespace CommandCenter.Web.Features.Cases;

/// <summary>One row of <c>PUT /api/campaigns/{id}/case-categories</c>: category, subcategory, time limit (amount, unit <c>workingHours</c> or <c>workingDays</c>).</summary>
public sealed record CaseCategoryRequest(string? Category, string? Subcategory, int? Amount, TimeLimitUnit? Unit);
