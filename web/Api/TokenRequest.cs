namespace CommandCenter.Web.Api;

public sealed record TokenRequest(string? UserName, string? Password);
