namespace CommandCenter.Web.Api;

public sealed record ReturnRequest(string? Reason);
