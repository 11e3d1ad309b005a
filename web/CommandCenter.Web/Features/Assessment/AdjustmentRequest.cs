namespace CommandCenter.Web.Features.Assessment;

/// <summary><c>POST /api/campaigns/{id}/adjustments</c>: 加减分 for a unit (date yyyy-MM-dd).</summary>
public sealed record AdjustmentRequest(string? Subject, double? Points, string? Reason, string? Date, string? Evidence = null);
