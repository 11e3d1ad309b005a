namespace CommandCenter.Assessment;

/// <summary>Where a subject stands on the period's lists: 红榜 (honour roll), 黑榜 (list of shame), or neither.</summary>
public enum ListKind
{
    None = 0,
    Red = 1,
    Black = 2,
}
