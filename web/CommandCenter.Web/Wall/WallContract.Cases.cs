using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

public static partial class WallContract
{
    public static W.CaseWallChange ToWall(this CaseWallChange c) => new() { CampaignId = c.CampaignId, Grid = c.Grid.ToWall(), Case = c.Case?.ToWall() };

    public static W.GridBoard ToWall(this GridBoard b) => new() { Grids = b.Grids.Select(ToWall).ToList(), Total = b.Total.ToWall(), Recent = b.Recent.Select(ToWall).ToList() };

    public static W.GridTile ToWall(this GridTile g) => new() { Code = g.Code, Name = g.Name, District = g.District, Stats = g.Stats.ToWall() };

    public static W.CaseTick ToWall(this CaseTick c) => new()
    {
        Id = c.Id, GridCode = c.GridCode, Category = c.Category, Subcategory = c.Subcategory, Status = (W.CaseStatus)c.Status, Unit = c.Unit,
        Overdue = c.Overdue, At = c.At,
    };

    public static W.CaseStats ToWall(this CaseStats s) => new()
    {
        Received = s.Received, Handled = s.Handled, Closed = s.Closed, ClosedOnTime = s.ClosedOnTime, Reworked = s.Reworked, Overdue = s.Overdue,
        NotAccepted = s.NotAccepted,
    };
}
