namespace CommandCenter.Ledger;

/// <summary>
/// A queryable copy of every case's latest state, written by its grid on every change (a projection: the case grain's
/// state is the record), so the ledger filters and pages 100,000 cases without asking any grain.
/// </summary>
public interface ICaseLedger
{
    Task Upsert(IReadOnlyList<CaseView> cases);

    /// <summary>Removes the rows of cases whose creation was undone (their grid could not finish counting them).</summary>
    Task Remove(IReadOnlyList<string> caseIds);

    Task<CasePage> Query(CaseQuery query);

    /// <summary>The counts of a campaign's cases reported in [<paramref name="from"/>, <paramref name="to"/>), per grid and unit (the assessment's case facts).</summary>
    Task<IReadOnlyList<CaseTally>> Tally(string campaignId, DateTimeOffset from, DateTimeOffset to);
}
