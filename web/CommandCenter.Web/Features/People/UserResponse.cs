namespace CommandCenter.Web.Features.People;

/// <summary>An account as the office sees it (never its password).</summary>
public sealed record UserResponse(string UserName, string Role, string? Unit, IReadOnlyList<string>? Grids = null, bool Disabled = false, bool MustChangePassword = false);
