namespace CommandCenter.Web.Features.People;

/// <summary><c>PUT /api/users/{userName}</c>: the account's role, unit, grids and whether it is disabled (null: unchanged).</summary>
public sealed record AccountUpdate(string? Role, string? Unit, IReadOnlyList<string>? Grids, bool? Disabled);
