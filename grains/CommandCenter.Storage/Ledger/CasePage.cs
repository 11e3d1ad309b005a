namespace CommandCenter.Ledger;

/// <summary>One page of the case ledger, newest report first, and how many cases match in all.</summary>
public sealed record CasePage(int Total, int Page, int PageSize, IReadOnlyList<LedgerCase> Items);
