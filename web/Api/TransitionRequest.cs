namespace CommandCenter.Web.Api;

public sealed record TransitionRequest(string? To, string? Unit, string? Note);
