using CommandCenter.Assessment;
using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

public static partial class WallContract
{
    public static W.StandingsBoard ToWall(this StandingsBoard b) => new()
    {
        CampaignId = b.CampaignId, Period = b.Period, Units = b.Units.ToWall(), Grids = b.Grids.ToWall(), Districts = b.Districts.ToWall(),
        LastPublished = b.LastPublished,
    };

    public static W.Standings ToWall(this Standings s) => new()
    {
        CampaignId = s.CampaignId, Period = s.Period, Subjects = (W.SubjectKind)s.Subjects, Published = s.Published, Number = s.Number,
        Revision = s.Revision, Items = s.Items.Select(ToWall).ToList(), GeneratedAt = s.GeneratedAt, SchemeVersion = s.SchemeVersion,
    };

    public static W.Standing ToWall(this Standing s) => new()
    {
        Subject = s.Subject, Name = s.Name, Rank = s.Rank, Score = s.Score, List = (W.ListKind)s.List, RankChange = s.RankChange, EventNotes = s.EventNotes,
        Indicators = s.Indicators.Select(i => new W.IndicatorScore { Kind = (W.IndicatorKind)i.Kind, Weight = i.Weight, Score = i.Score, Value = i.Value, Count = i.Count }).ToList(),
        Reasons = s.Reasons.Select(r => (W.BlackReason)r).ToList(),
    };
}
