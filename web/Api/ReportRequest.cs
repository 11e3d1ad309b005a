namespace CommandCenter.Web.Api;

/// <summary>Body of <c>POST /api/campaigns/{id}/reports</c>; <c>unit</c> only for the office.</summary>
public sealed record ReportRequest(string? Unit, string? WorkDone, string? Problems, string? NextWeek);
