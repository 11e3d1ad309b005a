namespace CommandCenter.Web.Features.Assessment;

/// <summary>An explanation (说明) of a black-listed unit, or what the office did (with its date, yyyy-MM-dd; default today).</summary>
public sealed record AccountabilityRequest(string? Text, string? Date = null);
