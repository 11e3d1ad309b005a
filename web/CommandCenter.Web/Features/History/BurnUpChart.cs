namespace CommandCenter.Web.Features.History;

/// <summary>A burn-up chart of a task, a line of effort or a whole campaign.</summary>
public sealed record BurnUpChart(string CampaignId, string Scope, string Title, int Tasks, IReadOnlyList<BurnUpPoint> Points);
