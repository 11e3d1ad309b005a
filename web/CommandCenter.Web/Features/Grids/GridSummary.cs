namespace CommandCenter.Web.Features.Grids;

/// <summary>A grid with its live counts and rates, as <c>GET /api/grids</c> lists it.</summary>
public sealed record GridSummary(
    string Code, string Name, string District, string GridHead, string? CampaignId,
    int Received, int Handled, int Closed, int ClosedOnTime, int Reworked, int Overdue,
    double HandlingRate, double ClosureRate, double OnTimeRate, double ReworkRate)
{
    public static GridSummary Of(GridRow row) => new(
        row.Grid.Code, row.Grid.Name, row.Grid.District, row.Grid.GridHead, row.Grid.CampaignId,
        row.Stats.Received, row.Stats.Handled, row.Stats.Closed, row.Stats.ClosedOnTime, row.Stats.Reworked, row.Stats.Overdue,
        row.Stats.HandlingRate, row.Stats.ClosureRate, row.Stats.OnTimeRate, row.Stats.ReworkRate);
}
