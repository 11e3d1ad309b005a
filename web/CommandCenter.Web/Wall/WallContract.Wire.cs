using W = CommandCenter.Wall.Contracts;

namespace CommandCenter.Web.Wall;

public static partial class WallContract
{
    /// <summary>
    /// What goes on the wire for a message a screen's send loop carries (grain records inside the host, so that the
    /// outbox can merge them; contracts on the wire).
    /// </summary>
    public static object? Wire(object? argument) => argument switch
    {
        null => null,
        IReadOnlyList<WallChange> changes => changes.ToWall(),
        CampaignSnapshot snapshot => snapshot.ToWall(),
        CaseWallChange change => change.ToWall(),
        CommandCenter.Assessment.StandingsBoard board => board.ToWall(),
        _ => throw new ArgumentException($"No wall contract for {argument.GetType().Name}.", nameof(argument)),
    };
}
