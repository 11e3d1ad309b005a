namespace CommandCenter.Web.Api;

public sealed record UserResponse(string UserName, string Role, string? Unit, IReadOnlyList<string>? Grids = null);
