using CommandCenter.Cases;

namespace CommandCenter.Grids;

/// <summary>
/// One grid, keyed by its code: holds its live case counts and a deadline-ordered index of its open cases, which its
/// own timer checks for overdue cases.
/// </summary>
[Alias("IGridGrain")]
public interface IGridGrain : IGrainWithStringKey
{
    [Alias("Define")]
    Task Define(GridDefinition definition);

    /// <summary>The grid's row (definition and counts), or null for an unknown grid.</summary>
    [AlwaysInterleave, Alias("GetRow")]
    Task<GridRow?> GetRow();

    /// <summary>Records a new case in this grid; answers it with its id and deadline, or refuses (<see cref="RefusalKind.Invalid"/>) an unknown grid, category or subcategory.</summary>
    [Alias("Report")]
    Task<Outcome<CaseView>> Report(NewCase report);

    /// <summary>Called by a case after its new state is durable.</summary>
    [Alias("OnCaseChanged")]
    Task OnCaseChanged(CaseChange change);

    /// <summary>Flags the open cases whose deadline has passed (also run by the grid's timer and reminder); returns how many were asked to flag themselves.</summary>
    [Alias("CheckOverdue")]
    Task<int> CheckOverdue();

    /// <summary>
    /// Stores cases recorded elsewhere in bulk, all or none; answers their ids, or refuses
    /// (<see cref="RefusalKind.Invalid"/>) an unknown grid or category, or a status without its unit or close-out time
    /// (field "cases[i].…").
    /// </summary>
    [Alias("Import")]
    Task<Outcome<IReadOnlyList<string>>> Import(IReadOnlyList<HistoricalCase> cases);
}
