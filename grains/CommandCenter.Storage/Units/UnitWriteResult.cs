namespace CommandCenter.Units;

/// <summary>What became of a write to the unit directory: stored, or why nothing was stored.</summary>
public enum UnitWriteResult
{
    Stored,
    NameTaken,
    UnknownParent,
    ParentCycle,
    NotFound,
}
