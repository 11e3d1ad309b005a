namespace CommandCenter.Planning.Internal;

/// <summary>The columns of a task decomposition table, in the order the writer writes them.</summary>
internal enum TaskTableColumn
{
    LineCode,
    LineTitle,
    LeadUnit,
    Leader,
    TaskCode,
    TaskTitle,
    OwnerUnit,
    CoUnits,
    TargetKind,
    TargetValue,
    Baseline,
    UnitOfMeasure,
    DueDate,
}
