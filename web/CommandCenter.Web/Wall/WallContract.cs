using CommandCenter.Assessment;

namespace CommandCenter.Web.Wall;

/// <summary>
/// What a screen is sent: the grain records themselves (web/CommandCenter.Wall.Contracts defines them once, for the
/// grains and for the wall, which loads them without Orleans), less what a wall must not see (<see cref="WallRedaction"/>).
/// </summary>
public static class WallContract
{
    public static CampaignSnapshot ToWall(this CampaignSnapshot s, IReadOnlyList<WallChange>? recent = null) => s with
    {
        Lines = s.Lines.Select(l => l with { Tasks = l.Tasks.Select(WallRedaction.Of).ToList() }).ToList(),
        Recent = recent?.ToWall() ?? [],
    };

    /// <summary>The wall draws when and what, never who or why (<see cref="WallRedaction"/>; docs/SECURITY.md).</summary>
    public static WallChange ToWall(this WallChange c) => c with { Task = WallRedaction.Of(c.Task) };

    public static IReadOnlyList<WallChange> ToWall(this IReadOnlyList<WallChange> changes) => changes.Select(ToWall).ToList();

    /// <summary>The status as the wall's badge takes it (the same enum; the pages that draw the badge call this).</summary>
    public static ProgressStatus ToWall(this ProgressStatus status) => status;

    /// <summary>
    /// What goes on the wire for a message a screen's send loop carries (the outbox merges the records; the tasks in
    /// them are redacted as they leave).
    /// </summary>
    public static object? Wire(object? argument) => argument switch
    {
        null => null,
        IReadOnlyList<WallChange> changes => changes.ToWall(),
        CampaignSnapshot snapshot => snapshot.ToWall(),
        CaseWallChange or StandingsBoard => argument,
        _ => throw new ArgumentException($"No wall contract for {argument.GetType().Name}.", nameof(argument)),
    };
}
