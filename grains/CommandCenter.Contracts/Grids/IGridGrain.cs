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

    /// <summary>Records a new case in this grid; returns it with its id and deadline.</summary>
    /// <exception cref="CaseInputException">Unknown grid, category or subcategory.</exception>
    [Alias("Report")]
    Task<CaseView> Report(NewCase report);

    /// <summary>Called by a case after its new state is durable.</summary>
    [Alias("OnCaseChanged")]
    Task OnCaseChanged(CaseChange change);

    /// <summary>Flags the open cases whose deadline has passed (also run by the grid's timer and reminder); returns how many were asked to flag themselves.</summary>
    [Alias("CheckOverdue")]
    Task<int> CheckOverdue();

    /// <summary>Stores cases recorded elsewhere in bulk, all or none; returns their ids.</summary>
    /// <exception cref="CaseInputException">An unknown grid or category, or a status without its unit or close-out time (field "cases[i].…").</exception>
    [Alias("Import")]
    Task<IReadOnlyList<string>> Import(IReadOnlyList<HistoricalCase> cases);
}
