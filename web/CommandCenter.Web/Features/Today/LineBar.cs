namespace CommandCenter.Web.Features.Today;

/// <summary>One line of effort in today's chart: its progress and its time elapsed, in percent.</summary>
public sealed record LineBar(string Line, double Progress, double Time)
{
    public static List<LineBar> Of(IEnumerable<LineOfEffortView> lines) =>
        lines.Select(l => new LineBar(l.Code, Math.Round(l.Progress * 100, 1), Math.Round(l.Tasks.Count > 0 ? l.Tasks.Average(t => t.TimeElapsed) * 100 : 0, 1))).ToList();
}
