namespace CommandCenter.Web.Api;

public sealed record UserRequest(string? UserName, string? Password, string? Role, string? Unit, IReadOnlyList<string>? Grids = null);
